// The keychain's operations through QtKeychain, in the module libauthdesk_keychain.so (see
// Keychain.h): each a job of its own that never falls back to a plain-text file.
#include "store/Keychain.h"

#include <QObject>
#include <qt6keychain/keychain.h>

namespace {
template <typename Job> Job *prepare(const QString &service, const QString &key, QObject *owner) {
    auto *job = new Job(service, owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

extern "C" Q_DECL_EXPORT void
authdesk_keychain_start(Keychain::Operation operation, const QString &service, const QString &key,
                        const QString &value, QObject *owner,
                        std::function<void(const Keychain::Answer &)> finished) {
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Keychain::Operation::Read:
        job = prepare<QKeychain::ReadPasswordJob>(service, key, owner);
        break;
    case Keychain::Operation::Write: {
        auto *write = prepare<QKeychain::WritePasswordJob>(service, key, owner);
        write->setTextData(value);
        job = write;
        break;
    }
    case Keychain::Operation::Remove:
        job = prepare<QKeychain::DeletePasswordJob>(service, key, owner);
        break;
    }
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, finished] {
        Keychain::Answer answer;
        if (job->error() == QKeychain::NoError) {
            answer.outcome = Keychain::Answer::Outcome::Done;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                answer.value = read->textData();
        } else {
            answer.outcome = job->error() == QKeychain::EntryNotFound ? Keychain::Answer::Outcome::NotFound
                                                                      : Keychain::Answer::Outcome::Failed;
            answer.detail = job->errorString();
        }
        finished(answer);
    });
    job->start();
}
