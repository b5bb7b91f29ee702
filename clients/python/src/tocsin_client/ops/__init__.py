"""One function per API operation, returning the `Call` that performs it (both clients run them)."""
