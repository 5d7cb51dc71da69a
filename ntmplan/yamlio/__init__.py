"""The only code that touches YAML text: read with positions, locate, write."""

from pathlib import Path

from ..errors import Diagnostic
from .fast import fast_parse
from .locate import locate
from .read import YamlFile, decode, new_yaml, parse_yaml, read_yaml
from .write import dump_text, expand_aliases, write_atomic


def parse_bytes(path: Path, raw: bytes) -> tuple[YamlFile | None, list[Diagnostic]]:
    """A file's bytes → the parsed file and what was found: the fast path (no positions) when it
    can read the file, else the round-trip parser, which also says what is wrong."""
    doc = fast_parse(path, raw)
    return (doc, []) if doc is not None else parse_yaml(path, raw)


__all__ = [
    "YamlFile",
    "decode",
    "dump_text",
    "expand_aliases",
    "fast_parse",
    "locate",
    "new_yaml",
    "parse_bytes",
    "parse_yaml",
    "read_yaml",
    "write_atomic",
]
