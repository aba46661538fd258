# Sourced by ./cairn and .ci/run: picks a JDK 21+ (CairnDB targets Java 21) and exports JAVA_HOME.
# Order: an existing JAVA_HOME that is 21+, Temurin 25 where this project's machines have it,
# then any JDK 21+ under /usr/lib/jvm.
cairn_java_major() {
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
cairn_pick_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        if [ "$(cairn_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
if ! JAVA_HOME=$(cairn_pick_java); then
    echo "CairnDB needs a JDK 21 or newer; set JAVA_HOME to one." >&2
    exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
