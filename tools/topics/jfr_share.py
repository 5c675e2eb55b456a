#!/usr/bin/env python3
"""The share of a profiled run's CPU samples spent labelling topics (docs/TOPICS.md, "Cost").

    JAVA_OPTS="-XX:StartFlightRecording=filename=r.jfr,settings=profile" bin/speech-search reindex --source DIR --index IDX
    tools/topics/jfr_share.py r.jfr [JFR_TOOL]

A sample counts as labelling when any frame of its stack is in speechsearch.ingest.topic (the classifier, its
features and model, and the keyword automaton it calls) or the taxonomy. Prints the share and the top frames of the
project the labelling samples were in. JFR_TOOL defaults to `jfr` of the JDK on the PATH.
"""
import collections, re, subprocess, sys

def main(path, jfr='jfr'):
    out = subprocess.run([jfr, 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '64', path],
                         capture_output=True, text=True, check=True).stdout
    total = labelling = 0
    where = collections.Counter()
    for sample in out.split('jdk.ExecutionSample')[1:]:
        frames = re.findall(r'^\s+([\w.$]+)\(', sample, re.M)
        if not frames:
            continue
        total += 1
        if any('speechsearch.ingest.topic.' in f or 'speechsearch.vocabulary.Taxonomy' in f for f in frames):
            labelling += 1
            where[next(f for f in frames if f.startswith('speechsearch.'))] += 1
    print(f'samples {total}, labelling {labelling}: {100 * labelling / max(total, 1):.1f}%')
    for frame, n in where.most_common(12):
        print(f'  {n:5d} {frame}')

if __name__ == '__main__':
    main(*sys.argv[1:3])
