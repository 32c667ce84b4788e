"""The parent's chat: conversations, transcripts and the pages that show them."""
