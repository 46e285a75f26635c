// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/Routes.h"

#include "auth/PasswordHasher.h"
#include "http/FieldReader.h"
#include "logging/LogCategories.h"
#include "routes/RouteContext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonDocument>
#include <QRegularExpression>

namespace deai::sandbox {

namespace {

constexpr qsizetype kMaxEmailLength = 254;

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::AccountRoutes", text);
}

// The email starts every server path and result file name, so it must not
// hold a slash or white space.
bool isUsableEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^\s/\\@]+@[^\s/\\@]+$)"));
    return email.size() <= kMaxEmailLength && shape.match(email).hasMatch();
}

QString walletAddressOf(const QString &email)
{
    const QByteArray digest = QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("0x") + QString::fromLatin1(digest.right(20).toHex());
}

ApiAnswer signIn(RouteContext &context, const QJsonObject &body)
{
    FieldReader fields(body);
    const QString email = fields.requiredString(QStringLiteral("email")).trimmed();
    const QString password = fields.requiredString(QStringLiteral("passwd"));
    if (fields.ok() && !isUsableEmail(email))
        fields.fail(tr("The field \"email\" must be an address such as name@example.com."));
    if (!fields.ok())
        return ApiAnswer::error(ApiCode::BadRequest, fields.error());

    if (const std::optional<UserRow> user = context.store().user(email)) {
        if (!PasswordHasher::matches(password, user->passwordHash)) {
            return ApiAnswer::error(ApiCode::Unauthorized,
                                    tr("The password does not match this email; check it and try again."));
        }
    } else {
        if (!context.store().addUser({email, PasswordHasher::hash(password), context.options().startingBalance}))
            return ApiAnswer::error(ApiCode::Internal, tr("The account could not be created; try again."));
        qCInfo(lcSandbox) << "Created a sandbox account";
    }
    return ApiAnswer::ok().with(QStringLiteral("token"), QString::fromLatin1(context.tokens().issue(email)));
}

} // namespace

void addAccountRoutes(RouteContext &context)
{
    // genToken is the one call without a token, so it reads its body itself.
    context.route(QStringLiteral("/sdk/computation/user/genToken"), int(QHttpServerRequest::Method::Post),
                         [&context](const QHttpServerRequest &request) -> FutureResponse {
                             const QByteArray raw = request.body();
                             QJsonParseError error;
                             const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
                             if (raw.size() > context.options().jsonLimitBytes || !document.isObject()) {
                                 return RouteContext::ready(ApiAnswer::error(
                                     ApiCode::BadRequest,
                                     tr("Send a JSON object {\"email\": …, \"passwd\": …} to sign in.")));
                             }
                             return RouteContext::ready(signIn(context, document.object()));
                         });

    context.withToken(QStringLiteral("/sdk/computation/user/userInfo"), int(QHttpServerRequest::Method::Get),
                      [&context](const QString &email, const QHttpServerRequest &) {
                          const std::optional<UserRow> user = context.store().user(email);
                          if (!user) {
                              return RouteContext::ready(ApiAnswer::error(
                                  ApiCode::Unauthorized,
                                  tr("The account of this token no longer exists; sign in again.")));
                          }
                          const QJsonObject data{{QStringLiteral("email"), email},
                                                 {QStringLiteral("address"), walletAddressOf(email)},
                                                 {QStringLiteral("balance"), user->balance.toDecimalText()}};
                          return RouteContext::ready(ApiAnswer::ok().with(QStringLiteral("data"), data));
                      });
}

} // namespace deai::sandbox
