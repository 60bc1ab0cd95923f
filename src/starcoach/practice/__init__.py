"""Practice modes over the library and the store: answers, mock interviews, tests and progress."""
