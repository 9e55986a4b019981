#!/usr/bin/env python3
"""Rewrites a question set whose gold is quoted (gold_sentences, answers) into one that names its gold by position
(gold_spans, answer_spans: article id, start and end in UTF-16 code units, and an 8-hex-digit SHA-256 check), so the
set holds no text of the articles and can be kept in the repository. Notes are dropped for the same reason.

    python3 tools/evalsets/spans.py --corpus <articles.jsonl>... --questions <quoted.jsonl> --output <spans.jsonl>

Fails, naming the question, when a quoted sentence or answer is not found in the question's articles.
"""
import argparse
import hashlib
import json
import sys


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def span(article_id, text, start, length):
    stretch = text[start:start + length]
    return {"article_id": article_id, "start": utf16(text, start), "end": utf16(text, start + length),
            "check": hashlib.sha256(stretch.encode("utf-8")).hexdigest()[:8]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", required=True)
    parser.add_argument("--questions", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    texts = {}
    for path in args.corpus:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    texts.setdefault(record["id"], record["text"])

    out = []
    with open(args.questions, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            q = json.loads(line)
            ids = q.get("all_article_ids") or [q["article_id"]]
            gold, answers, found = [], [], []
            for sentence in q.get("gold_sentences", []):
                hit = next(((a, texts[a].find(sentence)) for a in ids if a in texts and sentence in texts[a]), None)
                if hit is None:
                    sys.exit(f"question {q['id']}: a gold sentence is not in its articles")
                gold.append(span(hit[0], texts[hit[0]], hit[1], len(sentence)))
                found.append((hit[0], hit[1], hit[1] + len(sentence)))
            for answer in q.get("answers", []):
                # Inside a gold sentence when one holds it, else the first place its articles write it.
                hit = next(((a, texts[a].find(answer, s, e)) for a, s, e in found if texts[a].find(answer, s, e) >= 0), None)
                hit = hit or next(((a, texts[a].find(answer)) for a in ids if a in texts and answer in texts[a]), None)
                if hit is None:
                    sys.exit(f"question {q['id']}: an answer is not in its articles")
                answers.append(span(hit[0], texts[hit[0]], hit[1], len(answer)))
            record = {k: q[k] for k in ("id", "article_id", "all_article_ids", "question", "is_impossible", "kind") if k in q}
            record["gold_spans"] = gold
            record["answer_spans"] = answers
            out.append(record)

    with open(args.output, "w", encoding="utf-8") as f:
        for record in out:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(out)} questions written to {args.output}")


if __name__ == "__main__":
    main()
