"""Pure answers over a Plan: no files, no printing."""
