#pragma once

#include "export/MappingImport.h"

#include <QDialog>

class CopyableTableView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class MappingStore;

// Local accounts from the company's list (CSV or an Excel workbook): the admin picks the file, the field that
// matches a person and the columns; the preview lists every account it would set and every conflict (left
// alone), and says which rows match nobody or several people. Nothing is written until Apply.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(MappingStore &mappings, QWidget *parent = nullptr);

    // The test hooks behind the file field, Preview and Apply.
    void setFile(const QString &path);
    void setMatch(MappingImport::Match match, const QString &keyColumn, const QString &accountColumn);
    bool preview();
    bool apply();
    QString message() const;
    QStandardItemModel *rows() const { return m_rows; }

private:
    MappingStore &m_mappings;
    QLineEdit *m_file;
    QComboBox *m_match;
    QLineEdit *m_keyColumn;
    QLineEdit *m_accountColumn;
    QLabel *m_message;
    QStandardItemModel *m_rows;
    CopyableTableView *m_table;
    QPushButton *m_apply;
    std::optional<MappingImport::Plan> m_plan;
};
