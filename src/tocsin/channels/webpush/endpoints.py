"""Web Push routes beside the generated channel routes: the VAPID key pair (admin), the public
key (anyone: browsers need it before they have any credential), and a user's own browser
subscriptions (user token)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, CurrentUser, DbSession, ReadSession
from tocsin.channels.webpush import service
from tocsin.channels.webpush.schemas import PublicKeyOut, SubscriptionDelete, SubscriptionIn, SubscriptionOut, VapidOut

admin_router = APIRouter(prefix="/v1/admin/channels/webpush", tags=["admin: channels"])
router = APIRouter(tags=["web push"])


@admin_router.post("/vapid", response_model=VapidOut)
def generate_vapid(org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> VapidOut:
    """Generate the org's VAPID key pair. The private key is kept encrypted and never shown.
    Regenerating replaces the pair: browsers subscribed with the old public key stop receiving
    pushes, their subscriptions are removed and the answer carries a warning."""
    out = service.generate_vapid(session, ctx, org)
    audit.record(
        session, org.id, actor=actor, action="channel.vapid", target="channel:webpush",
        before={}, after={"public_key": out.public_key, "subscriptions_invalidated": out.subscriptions_invalidated},
        now=ctx.clock.now(), secrets_changed=("private_key",), always=True,
    )  # fmt: skip
    session.commit()
    return out


@router.get("/v1/webpush/public-key", response_model=PublicKeyOut)
def public_key(
    session: ReadSession, ctx: Ctx, org: str = Query(min_length=1, max_length=100, description="the org's slug")
) -> PublicKeyOut:
    """The org's VAPID public key (base64url), the `applicationServerKey` browsers subscribe with;
    404 while the org has none."""
    return service.public_key(session, ctx, org)


@router.post("/v1/me/push-subscriptions", response_model=SubscriptionOut, status_code=201)
def add_subscription(
    body: SubscriptionIn, who: CurrentUser, session: DbSession, ctx: Ctx, response: Response
) -> SubscriptionOut:
    """Store this browser's PushSubscription (`subscription.toJSON()`: endpoint, keys p256dh and
    auth) for the calling user; a user may subscribe many browsers. 201 when new, 200 when the
    browser was already subscribed."""
    out = service.subscribe(session, ctx, org=who.org, user=who.user, body=body)
    session.commit()
    if not out.created:
        response.status_code = 200
    return out


@router.delete("/v1/me/push-subscriptions", status_code=204)
def remove_subscription(body: SubscriptionDelete, who: CurrentUser, session: DbSession) -> Response:
    """Remove one of the calling user's browser subscriptions (by endpoint); 404 if it is not theirs."""
    service.unsubscribe(session, org=who.org, user=who.user, endpoint=body.endpoint)
    session.commit()
    return Response(status_code=204)
