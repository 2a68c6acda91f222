#include "windowtools.h"

#include "correctionactions.h"
#include "correctionscontroller.h"
#include "exportactions.h"
#include "mainwindow.h"

namespace cpe {

WindowTools attachWindowTools(ExplorerSession *session, MainWindow *window, UiLanguage *language)
{
    WindowTools tools;
    tools.corrections = new CorrectionsController(session, window);
    tools.correctionActions = new CorrectionActions(tools.corrections, window, language);
    tools.exports = new ExportActions(session, window);
    return tools;
}

} // namespace cpe
