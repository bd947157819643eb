"""The Qt user interface. It calls the core; the core never calls it."""
