"""The login flow of the web page: the session cookie (`cookies`), the routes of login,
logout and session (`router`), single sign-on (`oidc`)."""
