"""Staff (QARO and duty officer) accounts, sign-in sessions and the audit log."""
