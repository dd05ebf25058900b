#include "arbitrage/OpportunityFeed.h"

namespace orion {

OpportunityFeed::OpportunityFeed(QObject* parent) : QObject(parent) {}

void OpportunityFeed::opportunityChanged(const OpportunityEvent& event)
{
    switch (event.kind) {
    case OpportunityEvent::Kind::Opened:
        emit opportunityOpened(event.opportunity);
        break;
    case OpportunityEvent::Kind::Updated:
        emit opportunityUpdated(event.opportunity);
        break;
    case OpportunityEvent::Kind::Closed:
        emit opportunityClosed(event.opportunity, event.closeReason);
        break;
    }
    emit eventOccurred(event);
}

} // namespace orion
