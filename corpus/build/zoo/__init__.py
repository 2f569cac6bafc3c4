"""The plan zoo generator: fictional plans rendered in many layouts from one source of truth."""
