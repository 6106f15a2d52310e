"""`/api/export`, `/api/import` and an administrator's export of a user's data."""
