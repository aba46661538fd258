package io.cairndb.membership.control;

/** One control loop of the membership leader: looks at the view, acts (commands, Raft admin). */
public interface Controller {
    void run(ClusterView view) throws Exception;
}
