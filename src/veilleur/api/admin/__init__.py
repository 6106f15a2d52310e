"""The administrators' API under `/api/admin`: everyone's audit log, auth events and usage."""
