#!/usr/bin/env python3
"""Score the product's parse of real speech-page beginnings against the hashed annotations.

usage: score_real_pages.py PAGES_DIR [--half A|B|C]... [--gold DIR] [--pred DIR] [--verbose] [--json]

PAGES_DIR holds one folder per half (A/, B/, C/) of <id>.txt page texts; the texts are not in the repository
(see README.md beside this script). Without --half the script scores A and B; the measure-only half C is scored
only when asked for (--half C). For each half the script runs `bin/speech-search parse DIR --out OUT`
(or reads OUT from --pred DIR/<half>), then compares every <id>.json with the annotation of the same id in
GOLD/<half>.json (default: src/test/resources/eval/real-pages). Standard library only.

Printed per half:
  title exact   the normalised title (NFKC, letters and digits only) equals an accepted title; pages
                whose annotation has no title count as right only when the product gives none
  title near    the first 8 letters/digits agree (the comparison score_structure.py makes)
  year          equals the annotated year (a list accepts any member; null requires null)
  level         over pages with an administrative level, and over all pages (null requires null)
  place         province, city and county all as annotated (a list accepts any member)
  headings      nodes F1, paths F1 (headings under the right parents) and pages whose whole tree is right
  truncated     the product's flag equals the annotation
--verbose lists every miss; --json prints the figures as one JSON object instead.
"""
import hashlib, json, os, subprocess, sys, tempfile, unicodedata
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
GOLD = os.path.join(ROOT, "src", "test", "resources", "eval", "real-pages")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def accepts(gold, pred):
    return pred in gold if isinstance(gold, list) else gold == pred


def paths(units, prefix, out, key):
    """Multiset of heading paths; units without a marker are transparent, as in score_structure.py."""
    for u in units or []:
        if not (u.get("marker") or "").strip():
            paths(u.get("children"), prefix, out, key)
            continue
        p = prefix + (key(u),)
        out[p] += 1
        paths(u.get("children"), p, out, key)
    return out


def nodes(ps):
    c = Counter()
    for p, n in ps.items():
        c[p[-1]] += n
    return c


def f1(tp, g, p):
    if g == 0 and p == 0:
        return 1.0
    prec, rec = (tp / p if p else 0.0), (tp / g if g else 0.0)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def parse(pages, out):
    cmd = [os.path.join(ROOT, "bin", "speech-search"), "parse", pages, "--out", out]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"parse failed ({r.returncode}): {r.stderr.strip()[-2000:]}")
    for line in r.stderr.splitlines():
        if "failed" in line or "error" in line.lower():
            print("  parse:", line, file=sys.stderr)


def score(half, gold, pred_dir, verbose):
    m = Counter()
    misses = []
    tot = Counter()
    for g in gold:
        pid = g["id"]
        path = os.path.join(pred_dir, pid + ".json")
        p = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
        if not p:
            misses.append((pid, "prediction", "missing"))
        m["pages"] += 1
        # title
        pt = p.get("title")
        if g["title_sha256"] is None:
            ok = pt is None or norm(pt) == ""
            near = ok
        else:
            ok = pt is not None and sha(norm(pt)) in g["title_sha256"]
            near = pt is not None and sha(norm(pt)[:8]) in g["title_key_sha256"]
        m["title"] += ok
        m["title_near"] += near
        if g["title_sha256"] is not None:
            m["titled"] += 1
            m["title_titled"] += ok
        else:
            m["title_none_ok"] += ok
        if not ok:
            misses.append((pid, "title", f"got {pt!r}" + ("" if g["title_sha256"] else " (no title line)")))
        # year
        ok = accepts(g["year"], p.get("year"))
        m["year"] += ok
        if g["year"] is not None:
            m["yeared"] += 1
            m["year_yeared"] += ok
            m["src_" + (g["year_source"] or "none")] += 1
            m["srcok_" + (g["year_source"] or "none")] += ok
        else:
            m["year_none_ok"] += ok
        if not ok:
            src = (p.get("sources") or {}).get("year")
            misses.append((pid, "year", f"got {p.get('year')} ({src}), want {g['year']} ({g['year_source']})"))
        # level and place
        reg = p.get("region") or {}
        ok = accepts(g["level"], reg.get("level"))
        m["level_all"] += ok
        if g["level"] is not None:
            m["leveled"] += 1
            m["level"] += ok
        if not ok:
            misses.append((pid, "level", f"got {reg.get('level')}, want {g['level']}"))
        ok = all(accepts(g[k], reg.get(k)) for k in ("province", "city", "county"))
        m["place_all"] += ok
        if any(g[k] for k in ("province", "city", "county")):
            m["placed"] += 1
            m["place"] += ok
        if not ok:
            misses.append((pid, "place", f"got {[reg.get(k) for k in ('province', 'city', 'county')]}, "
                                         f"want {[g[k] for k in ('province', 'city', 'county')]}"))
        # headings
        gp = paths(g["headings"], (), Counter(), lambda u: u["hkey"])
        pp = paths(p.get("sections"), (), Counter(), lambda u: sha(norm(u.get("heading") or "")[:8]))
        gn, pn = nodes(gp), nodes(pp)
        for k, (a, b) in (("n", (gn, pn)), ("p", (gp, pp))):
            tot[k + "tp"] += sum((a & b).values()); tot[k + "g"] += sum(a.values()); tot[k + "p"] += sum(b.values())
        right = gp == pp
        if gp:
            m["headed"] += 1
            m["heads_right"] += right
        else:
            m["unheaded"] += 1
            m["noheads_right"] += right
        if not right:
            names = {}
            def remember(units):
                for u in units or []:
                    names[sha(norm(u.get("heading") or "")[:8])] = norm(u.get("heading") or "")[:8]
                    remember(u.get("children"))
            remember(p.get("sections"))
            show = lambda path: " > ".join(names.get(k, "#" + k[:8]) for k in path)
            for k in sorted((gp - pp).elements()):
                misses.append((pid, "heading", "missed " + show(k)))
            for k in sorted((pp - gp).elements()):
                misses.append((pid, "heading", "extra  " + show(k)))
        # truncation
        ok = bool(p.get("truncated")) == bool(g["truncated"])
        m["truncated"] += ok
        if not ok:
            misses.append((pid, "truncated", f"got {p.get('truncated')}, want {g['truncated']}"))
    res = {
        "half": half, "pages": m["pages"],
        "title_exact": m["title"] / m["pages"], "title_near": m["title_near"] / m["pages"],
        "title_exact_titled": [m["title_titled"], m["titled"]],
        "title_null_right": [m["title_none_ok"], m["pages"] - m["titled"]],
        "year": m["year"] / m["pages"], "year_dated": [m["year_yeared"], m["yeared"]],
        "year_null_right": [m["year_none_ok"], m["pages"] - m["yeared"]],
        "year_by_source": {s[4:]: [m["srcok_" + s[4:]], n] for s, n in m.items() if s.startswith("src_")},
        "level": [m["level"], m["leveled"]], "level_all": [m["level_all"], m["pages"]],
        "place": [m["place"], m["placed"]], "place_all": [m["place_all"], m["pages"]],
        "nodes_f1": f1(tot["ntp"], tot["ng"], tot["np"]), "paths_f1": f1(tot["ptp"], tot["pg"], tot["pp"]),
        "headings_all_right": [m["heads_right"], m["headed"]],
        "no_headings_right": [m["noheads_right"], m["unheaded"]],
        "truncated": [m["truncated"], m["pages"]],
    }
    return res, misses


def frac(v):
    return f"{v[0]}/{v[1]} = {v[0] / v[1]:.3f}" if v[1] else "0/0"


def report(r):
    print(f"half {r['half']}: {r['pages']} pages")
    print(f"  title exact {r['title_exact']:.3f} (near {r['title_near']:.3f}); titled pages "
          f"{frac(r['title_exact_titled'])}, untitled pages left untitled {frac(r['title_null_right'])}")
    print(f"  year {r['year']:.3f}; dated pages {frac(r['year_dated'])}, undated pages left undated "
          f"{frac(r['year_null_right'])}")
    print("    by annotated source: " + ", ".join(f"{s} {frac(v)}" for s, v in sorted(r["year_by_source"].items())))
    print(f"  level (pages with a level) {frac(r['level'])}; all pages {frac(r['level_all'])}")
    print(f"  place (pages naming a place) {frac(r['place'])}; all pages {frac(r['place_all'])}")
    print(f"  headings nodes F1 {r['nodes_f1']:.3f}, paths F1 {r['paths_f1']:.3f}; all first headings right "
          f"{frac(r['headings_all_right'])}; pages without headings left without {frac(r['no_headings_right'])}")
    print(f"  truncated {frac(r['truncated'])}")


def main():
    args = sys.argv[1:]
    verbose, as_json = "--verbose" in args, "--json" in args
    opts, pos, i = {}, [], 0
    while i < len(args):
        a = args[i]
        if a in ("--half", "--gold", "--pred"):
            opts.setdefault(a, []).append(args[i + 1]); i += 2
        elif a.startswith("--"):
            i += 1
        else:
            pos.append(a); i += 1
    if len(pos) != 1:
        print(__doc__); sys.exit(2)
    pages = pos[0]
    gold_dir = opts.get("--gold", [GOLD])[0]
    halves = opts.get("--half", ["A", "B"])
    results = []
    for h in halves:
        gold = json.load(open(os.path.join(gold_dir, h + ".json"), encoding="utf-8"))
        if "--pred" in opts:
            pred = os.path.join(opts["--pred"][0], h)
        else:
            pred = tempfile.mkdtemp(prefix=f"real-pages-{h}-")
            parse(os.path.join(pages, h), pred)
        r, misses = score(h, gold, pred, verbose)
        results.append(r)
        if not as_json:
            report(r)
            if verbose:
                for pid, kind, what in misses:
                    print(f"    {pid} {kind}: {what}")
    if as_json:
        print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
