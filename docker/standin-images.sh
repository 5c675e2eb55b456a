#!/usr/bin/env bash
# Makes local stand-ins for the two base images docker/Dockerfile names, for a machine that can run
# podman but cannot pull from Docker Hub:
#   eclipse-temurin:25-jre          Debian bookworm (minbase) + a Java 25 runtime at /opt/java/openjdk
#   maven:3.9-eclipse-temurin-25    the same + the whole JDK 25 + Apache Maven 3.9 at /usr/share/maven
# The Java is the machine's Temurin 25 (the runtime cut from it with jlink, as Temurin's own JRE
# builds are); Maven is the release from Maven Central. The layout and environment are those of
# the official images (JAVA_HOME, PATH, MAVEN_HOME, /usr/bin/mvn), so the Dockerfile builds
# unchanged. An image that already exists is left alone. Needs root, debootstrap, podman, mvn.
#
#   docker/standin-images.sh [--force]
#
# Environment: STANDIN_JDK (default: the newest /usr/lib/jvm/temurin-25*), STANDIN_MIRROR (default:
# the Debian mirror apt uses here), STANDIN_MAVEN (default 3.9.16).
set -euo pipefail

jre_image=eclipse-temurin:25-jre
maven_image=maven:3.9-eclipse-temurin-25
force=0
[ "${1:-}" = "--force" ] && force=1

have() { [ "$force" = 0 ] && podman image exists "$1"; }
if have "$jre_image" && have "$maven_image"; then
  echo "standin: $jre_image and $maven_image exist"
  exit 0
fi

jdk="${STANDIN_JDK:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sort | tail -1)}"
[ -x "$jdk/bin/jlink" ] || { echo "standin: no Temurin 25 JDK (set STANDIN_JDK)" >&2; exit 1; }
mirror="${STANDIN_MIRROR:-$(grep -h -m1 -oE '^URIs: *https?://[^ ]+/debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | sed 's/^URIs: *//')}"
mirror="${mirror:-$(grep -h -m1 -oE '^deb +https?://[^ ]+/debian/? ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}')}"
mirror="${mirror:-http://deb.debian.org/debian}"
maven_version="${STANDIN_MAVEN:-3.9.16}"
for tool in debootstrap podman mvn; do
  command -v "$tool" >/dev/null || { echo "standin: $tool is not installed" >&2; exit 1; }
done

work="$(mktemp -d /var/tmp/standin.XXXXXX)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
t0=$SECONDS

echo "standin: debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
# what the official images clean away: package lists and caches
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
# the image's /etc/resolv.conf and hosts are the runtime's
: >"$root/etc/resolv.conf"

env_changes=(
  --change 'ENV JAVA_HOME=/opt/java/openjdk'
  --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  --change 'ENV LANG=C.UTF-8'
)

if ! have "$jre_image"; then
  # the runtime: every module, without debug symbols, headers and man pages (about what Temurin's
  # JRE ships); its cacerts is the JDK's, dereferenced, as Debian's link points outside the image
  rm -rf "$root/opt/java"
  mkdir -p "$root/opt/java"
  # (a JDK without jmods links from its own run-time image, which cannot take jdk.jlink along, nor
  # jdk.jpackage that needs it)
  modules="$("$jdk/bin/java" --list-modules | sed "s/@.*//" | grep -vxE "jdk.jlink|jdk.jpackage" | paste -sd, -)"
  # (with the class-data sharing archive Temurin's runtime has: without it the JVM starts slower)
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$root/opt/java/openjdk"
  cp -L "$jdk/lib/security/cacerts" "$root/opt/java/openjdk/lib/security/cacerts"
  tar -C "$root" -cf "$work/jre.tar" .
  podman import -q "${env_changes[@]}" --change 'CMD ["jshell"]' "$work/jre.tar" "$jre_image" >/dev/null
  # the name a short FROM resolves to, so the lookup never depends on registries.conf
  podman tag "localhost/$jre_image" "docker.io/library/$jre_image"
  echo "standin: made $jre_image"
fi

if ! have "$maven_image"; then
  rm -rf "$root/opt/java" "$root/usr/share/maven" "$root/usr/bin/mvn"
  mkdir -p "$root/opt/java" "$root/usr/share/maven"
  cp -rL "$jdk" "$root/opt/java/openjdk"
  mvn -q -B dependency:copy -Dartifact="org.apache.maven:apache-maven:$maven_version:tar.gz:bin" \
    -DoutputDirectory="$work" >"$work/maven.log" 2>&1 || { cat "$work/maven.log" >&2; exit 1; }
  tar -C "$root/usr/share/maven" --strip-components=1 -xzf "$work/apache-maven-$maven_version-bin.tar.gz"
  ln -s /usr/share/maven/bin/mvn "$root/usr/bin/mvn"
  mkdir -p "$root/root/.m2"
  tar -C "$root" -cf "$work/maven.tar" .
  podman import -q "${env_changes[@]}" \
    --change 'ENV MAVEN_HOME=/usr/share/maven' --change 'ENV MAVEN_CONFIG=/root/.m2' \
    --change 'CMD ["mvn"]' "$work/maven.tar" "$maven_image" >/dev/null
  podman tag "localhost/$maven_image" "docker.io/library/$maven_image"
  echo "standin: made $maven_image"
fi
echo "standin: done in $((SECONDS - t0)) s"
