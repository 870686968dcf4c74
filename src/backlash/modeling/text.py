"""Text normalization shared by training and prediction, so both see the same input."""

import re

_HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
_URL = re.compile(r"https?://\S+|www\.\S+")
_SPACE = re.compile(r"\s+")


def normalize_post(text: str) -> str:
    """Mask handles and links the way TweetEval does (`@user`, `http`) and squeeze whitespace."""
    text = _URL.sub("http", text)
    text = _HANDLE.sub("@user", text)
    return _SPACE.sub(" ", text).strip()
