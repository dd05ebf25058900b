#include "GuiLauncher.h"

#include "MainWindow.h"
#include "engine/EngineController.h"

#include <QApplication>

namespace orion {

int runGui(EngineController& controller)
{
    MainWindow window(controller);
    window.show();
    controller.launch();
    return QApplication::exec();
}

} // namespace orion
