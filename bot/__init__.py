"""The parents' child protection assistant: content store, NLU helpers and web app."""
