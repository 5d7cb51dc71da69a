"""The only code that touches YAML text: read with positions, locate, write."""

from .fast import fast_parse
from .locate import locate
from .read import YamlFile, decode, new_yaml, parse_yaml, read_yaml
from .write import dump_text, expand_aliases, write_atomic

__all__ = [
    "YamlFile",
    "decode",
    "dump_text",
    "expand_aliases",
    "fast_parse",
    "locate",
    "new_yaml",
    "parse_yaml",
    "read_yaml",
    "write_atomic",
]
