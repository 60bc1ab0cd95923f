"""The web app: pages for learning, practice, mock interviews, tests and progress."""
