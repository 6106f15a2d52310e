"""The message tree of a conversation: active branch and the alternatives at each turn."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from veilleur.store.models import Message

__all__ = ["MessageTree"]


class MessageTree:
    """Messages of one conversation indexed by parent."""

    def __init__(self, messages: Sequence[Message]):
        self.by_id = {m.id: m for m in messages}
        self.children: dict[str | None, list[Message]] = defaultdict(list)
        for message in sorted(messages, key=lambda m: (m.created_at, m.id)):
            self.children[message.parent_id].append(message)

    def path_to(self, message_id: str | None) -> list[Message]:
        """Messages from the root down to `message_id` (empty for None)."""
        path: list[Message] = []
        current = self.by_id.get(message_id) if message_id else None
        while current is not None:
            path.append(current)
            current = self.by_id.get(current.parent_id) if current.parent_id else None
        return path[::-1]

    def latest_leaf(self, message_id: str | None) -> str | None:
        """Follow the newest child from `message_id` down to a leaf."""
        current = message_id
        while self.children.get(current):
            current = self.children[current][-1].id
        return current

    def siblings(self, message: Message) -> list[Message]:
        """The versions of this turn (the message itself included), oldest first."""
        return self.children.get(message.parent_id, [message])
