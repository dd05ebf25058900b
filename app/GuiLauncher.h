#pragma once

namespace orion {

class EngineController;

// Shows the main window over a launched engine and runs the GUI event loop; returns the exit code.
int runGui(EngineController& controller);

} // namespace orion
