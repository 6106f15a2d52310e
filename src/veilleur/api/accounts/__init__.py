"""The accounts API: who am I (`/api/me`), my API keys (`/api/keys`), and the users of
the server for administrators (`/api/admin/users`)."""
