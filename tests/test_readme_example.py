"""The README's seed example shows what `eventwire code` really writes for the TASS report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_helpers import eventwire

README = Path(__file__).parent.parent / "README.md"


def _readme_rows() -> list[list]:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## Example.*?```text\n(.*?)```", text, flags=re.S)
    assert block, "README has no example output block"
    return [json.loads(line) for line in block.group(1).splitlines() if line.strip()]


@pytest.mark.shared
def test_the_readme_example_rows_are_what_the_seed_codes_to(shared_dir: Path, tmp_path: Path):
    out = tmp_path / "seed.jsonl"
    seed = shared_dir / "seed" / "tass-2023-03-17.txt"
    eventwire("code", str(seed), "--out", str(out), "--all-modalities")
    rows = []
    for line in out.read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        speaker = (e.get("attribution") or {}).get("speaker") or {}
        rows.append(
            [
                e["cameo"]["code"],
                e["plover"]["type"],
                (e.get("source") or {}).get("code"),
                (e.get("target") or {}).get("code"),
                e["modality"],
                e["date"],
                speaker.get("name"),
            ]
        )
    assert rows == _readme_rows()
