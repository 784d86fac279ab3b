# shellcheck shell=bash
# Shared by the bench/ scripts (sourced; expects $here, the repository root).

# The default corpus: the four KVM sets of ../shared/corpora, one folder a line.
default_corpora() {
  local shared="$here/../shared/corpora"
  [ -d "$shared" ] || shared="/work/shared/corpora"
  printf '%s\n' "$shared/firecracker" "$shared/cloud-hypervisor" "$shared/kata-containers" "$shared/kubevirt-user-guide"
}

# copy_corpus DEST DIR...: copies the .md files of each DIR into DEST/<name of DIR>/, leaving out
# the two pages that end inside an unclosed code fence (so every peer measured finishes).
copy_corpus() {
  local dest
  # absolute: the copy runs from inside each corpus folder
  mkdir -p "$1" && dest="$(cd "$1" && pwd)"; shift
  local c name
  for c in "$@"; do
    name="$(basename "$c")"
    (cd "$c" && find . -name '*.md' -not -path './.github/*' -print0 | while IFS= read -r -d '' f; do
       case "$name/${f#./}" in
         cloud-hypervisor/docs/vhost-user-blk-testing.md|kata-containers/docs/how-to/how-to-use-template-in-runtime-rs.md) continue ;;
       esac
       mkdir -p "$dest/$name/$(dirname "$f")"
       cp "$f" "$dest/$name/$f"
     done)
  done
}

# The classpath of the benchmark classes: test classes, classes and every dependency (test scope
# included, for JMH), written to target/bench-classpath.txt again when the pom is newer.
bench_classpath() {
  local cp_file="$here/target/bench-classpath.txt"
  if [ ! -f "$cp_file" ] || [ "$here/pom.xml" -nt "$cp_file" ]; then
    # offline first (quick, and enough once the plugin is in the local repository), then online
    mvn -B -o -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null 2>&1 \
      || mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2 \
      || { echo "bench: could not write $cp_file (mvn dependency:build-classpath failed)" >&2; return 1; }
  fi
  echo "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")"
}
