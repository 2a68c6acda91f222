#pragma once

namespace cpe {

class CorrectionActions;
class CorrectionsController;
class ExplorerSession;
class ExportActions;
class MainWindow;
class UiLanguage;

// What a window over a session gets beyond the views: corrections (Edit menu, context menus)
// and exports (File ▸ Export). Kept out of MainWindow, which only borrows models; the window
// owns all three.
struct WindowTools
{
    CorrectionsController *corrections = nullptr;
    CorrectionActions *correctionActions = nullptr;
    ExportActions *exports = nullptr;
};

WindowTools attachWindowTools(ExplorerSession *session, MainWindow *window, UiLanguage *language);

} // namespace cpe
