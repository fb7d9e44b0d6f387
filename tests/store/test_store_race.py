"""Two writers racing on the same base revision in separate threads and database connections:
exactly one wins, the other gets StaleRevision, and history has no gap and no duplicate."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection

from service.errors import StaleRevision
from service.store import selectors, services
from service.store.models import PlanRecord

WRITERS = 4


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_on_one_base_revision(
    shared_plan: PlanRecord, practitioner: Any
) -> None:
    plan = selectors.plan_current(shared_plan)
    barrier = threading.Barrier(WRITERS)
    outcomes: list[str] = []

    def write(n: int) -> None:
        changed = plan.model_copy(update={"local_authority": f"writer {n}"})
        barrier.wait()
        try:
            services.plan_update(
                plan_id=shared_plan.public_id, plan=changed, base_revision=1, actor=practitioner
            )
            outcomes.append("won")
        except StaleRevision:
            outcomes.append("stale")
        except Exception as error:  # recorded so the assertion shows what went wrong
            outcomes.append(repr(error))
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stale"] * (WRITERS - 1) + ["won"]
    record = selectors.plan_get(shared_plan.public_id)
    assert record.revision == 2
    assert [r.number for r in selectors.revision_list(record)] == [1, 2]
