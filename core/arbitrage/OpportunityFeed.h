#pragma once

#include "arbitrage/OpportunityEvent.h"
#include "arbitrage/OpportunityListener.h"

#include <QObject>

namespace orion {

// The detector's feed as Qt signals, for the UI (over queued connections), the executor and storage. Install it
// with Detector::setListener; it costs nothing per book delta, only per opportunity event.
class OpportunityFeed final : public QObject, public OpportunityListener
{
    Q_OBJECT

public:
    explicit OpportunityFeed(QObject* parent = nullptr);

    void opportunityChanged(const OpportunityEvent& event) override;

signals:
    void opportunityOpened(const orion::Opportunity& opportunity);
    void opportunityUpdated(const orion::Opportunity& opportunity);
    void opportunityClosed(const orion::Opportunity& opportunity, orion::OpportunityCloseReason reason);
    // Every event, for the opportunities table.
    void eventOccurred(const orion::OpportunityEvent& event);
};

} // namespace orion
