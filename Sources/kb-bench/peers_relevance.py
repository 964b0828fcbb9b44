#!/usr/bin/env python3
"""Relevance of kb beside the peer engines, on the shipped Knowledge/ and the relevance test set.

Indexes the published articles of a knowledge folder with the peer engines of
../shared/bench/peers.py (Xapian, SQLite FTS5, Tantivy; their own configurations), runs every query
of Tests/KnowledgeBaseTests/Relevance/queries.tsv through them and through `kb search --json`, and
prints Recall@1, Recall@3 and MRR@10 per query kind for each. A benchmark, not a test: it needs
../shared/bench and the peers' Python modules (see ../shared/bench/README.md).

    python3 Sources/kb-bench/peers_relevance.py [--kb .build/release/kb] [--knowledge Knowledge]
        [--queries hard-heldout.tsv …] [--no-typing]

--queries names one or more files of Tests/KnowledgeBaseTests/Relevance/ (default queries.tsv),
scored together. kb searches queries of the kind `prefix` with --typing, as the desk page
does while a word is typed (--no-typing for a kb from before that option).
"""
import argparse, json, os, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NS = "{urn:vagvisare:article:1}"


def corpus(knowledge, out):
    """corpus.jsonl in peers.py's shape: published articles only."""
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        folder = os.path.join(knowledge, "articles")
        for name in sorted(os.listdir(folder)):
            root = ET.parse(os.path.join(folder, name)).getroot()
            if root.get("status", "published") != "published":
                continue
            text = lambda tag: " ".join(" ".join(e.itertext()).split()) if (e := root.find(NS + tag)) is not None else ""
            body = [" ".join(" ".join(p.itertext()).split()) for p in root.find(NS + "body")]
            f.write(json.dumps(dict(
                id=root.get("id"), title=text("title"), summary=text("summary"), body="\n".join(body),
                keywords=[" ".join(k.itertext()) for k in root.iter(NS + "keyword")] + [text("category")],
                questions=[" ".join(q.itertext()) for q in root.iter(NS + "question")],
                category=text("category"), owner=root.find(NS + "owner").get("ref")), ensure_ascii=False) + "\n")


QUERY_FILES = ["queries.tsv"]


def cases():
    rows = []
    for name in QUERY_FILES:
        path = os.path.join(ROOT, "Tests", "KnowledgeBaseTests", "Relevance", name)
        with open(path, encoding="utf-8") as f:
            rows += [line.rstrip("\n").split("\t") for line in f][1:]
    return [(r[0], r[1], {r[2], *[x.strip() for x in (r[3] if len(r) > 3 else "").split(",") if x.strip()]}) for r in rows]


def engine_kind(kind):
    return "typo" if kind == "typo" else "prefix" if kind == "prefix" else "plain"


def worker(a):
    """Runs in the interpreter that has the engine's module; prints ranked ids per query as JSON."""
    sys.path.insert(0, a.bench)
    import peers
    e = peers.ENGINES[a.worker]("or", True)
    path = os.path.join(a.workdir, a.worker)
    e.build(path, peers.docs(a.workdir))
    e.open(path)
    out = [[r[0] for r in e.search(q, engine_kind(kind))] for kind, q, _ in cases()]
    print(json.dumps(out))


def kb_results(kb, knowledge, typing=True):
    out = []
    for kind, q, _ in cases():
        flags = ["--typing"] if typing and kind == "prefix" else []
        p = subprocess.run([kb, "search", "--json", "--limit", "10", "--knowledge", knowledge, *flags, "--", q],
                           capture_output=True, text=True)
        if p.returncode:
            out.append([])  # an empty or refused query: no hits
            continue
        out.append([h["id"] for h in json.loads(p.stdout)["hits"]])
    return out


def score(results):
    table = {}
    for (kind, _, relevant), ids in zip(cases(), results):
        rank = next((i + 1 for i, x in enumerate(ids) if x in relevant), None)
        for k in (kind, "overall"):
            t = table.setdefault(k, [0, 0, 0, 0.0])
            t[0] += 1
            t[1] += rank == 1
            t[2] += rank is not None and rank <= 3
            t[3] += 1 / rank if rank else 0
    return {k: (t[1] / t[0], t[2] / t[0], t[3] / t[0]) for k, t in table.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", default=os.path.join(ROOT, ".build", "release", "kb"))
    ap.add_argument("--knowledge", default=os.path.join(ROOT, "Knowledge"))
    ap.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "bench"))
    ap.add_argument("--engines", default="xapian,sqlite,tantivy")
    ap.add_argument("--queries", nargs="+", default=["queries.tsv"])
    ap.add_argument("--no-typing", action="store_true")
    ap.add_argument("--worker")
    ap.add_argument("--workdir")
    a = ap.parse_args()
    QUERY_FILES[:] = a.queries
    if a.worker:
        return worker(a)
    sys.path.insert(0, a.bench)
    import peers
    work = tempfile.mkdtemp(prefix="relevance-peers-")
    corpus(a.knowledge, work)
    scores = {"kb": score(kb_results(a.kb, a.knowledge, typing=not a.no_typing))}
    for name in a.engines.split(","):
        py = peers.interpreter(peers.MODULE[name])
        if not py:
            print(f"{name}: module not importable, skipped", file=sys.stderr)
            continue
        p = subprocess.run([py, os.path.abspath(__file__), "--worker", name, "--workdir", work, "--bench", a.bench,
                            "--queries", *a.queries],
                           capture_output=True, text=True)
        if p.returncode:
            print(f"{name} failed: {p.stderr[-500:]}", file=sys.stderr)
            continue
        scores[name] = score(json.loads(p.stdout))
    kinds = sorted(k for k in scores["kb"] if k != "overall") + ["overall"]
    names = list(scores)
    print("| kind | n | " + " | ".join(f"{n} R@1 / R@3 / MRR" for n in names) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in names) + " |")
    counts = {}
    for kind, _, _ in cases():
        counts[kind] = counts.get(kind, 0) + 1
    counts["overall"] = len(cases())
    for kind in kinds:
        cells = [" / ".join(f"{x:.2f}" for x in scores[n][kind]) for n in names]
        print(f"| {kind} | {counts[kind]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
