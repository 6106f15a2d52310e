"""What one sandboxed run may consume."""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["Limits"]

_MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits of one run.

    Attributes:
        cpu_seconds: CPU time of each process (RLIMIT_CPU; SIGXCPU, then SIGKILL 1 s later).
        wall_seconds: Wall time of the whole run; then every process of the run is killed.
        memory_bytes: Address space of each process (RLIMIT_AS).
        max_processes: Processes and threads of the run's user (RLIMIT_NPROC).
        max_file_bytes: Size of any file written (RLIMIT_FSIZE).
        max_open_files: Open file descriptors per process (RLIMIT_NOFILE).
        max_output_bytes: Bytes of stdout, and of stderr, kept in the result.
        kill_output_bytes: Output read (both streams) after which the run is killed.
        disk_bytes: Bytes the program can write in all: its working directory, /tmp and
            /dev/shm share one tmpfs of this size (bubblewrap mode only; see
            `veilleur.sandbox.storage`). The given files count against it.
        max_files: Files, directories and links in that tmpfs (its ``nr_inodes``).
    """

    cpu_seconds: int = 10
    wall_seconds: float = 20.0
    memory_bytes: int = 1024 * _MiB
    max_processes: int = 64
    max_file_bytes: int = 16 * _MiB
    max_open_files: int = 256
    max_output_bytes: int = 64 * 1024
    kill_output_bytes: int = 8 * _MiB
    disk_bytes: int = 64 * _MiB
    max_files: int = 4096

    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if value <= 0:
                raise ValueError(f"sandbox limit {name} must be positive, got {value!r}")

    def with_(self, **changes: float) -> Limits:
        """A copy with some limits changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
