"""The delivery worker and its stages: claim (lock, re-check, lease), compose (render), send
(lanes per org and channel), digest, the CRM callbacks' sender; `loop` runs claim -> send ->
record cycles and `runner` runs the loop in `tocsin serve` or `tocsin worker`."""

from tocsin.deliveries.worker.loop import CycleReport, Worker, default_channels

__all__ = ["CycleReport", "Worker", "default_channels"]
