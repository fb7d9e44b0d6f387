"""The pages: each module is one area (home and switches, chat, plans, easy-read desk, audit)."""
