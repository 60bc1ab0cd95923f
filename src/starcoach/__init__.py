"""starcoach: an offline, explainable coach for behavioral interviews in STAR form."""

__version__ = "0.1.0"
