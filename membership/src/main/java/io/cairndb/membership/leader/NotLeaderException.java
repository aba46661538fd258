package io.cairndb.membership.leader;

/** This server does not lead the metadata group (any more). */
public final class NotLeaderException extends RuntimeException {
    private final String leaderId;

    public NotLeaderException(String leaderId) {
        super("not the membership leader" + (leaderId == null ? "" : "; leader is " + leaderId));
        this.leaderId = leaderId;
    }

    /** The leader's node id when known, else null. */
    public String leaderId() {
        return leaderId;
    }
}
