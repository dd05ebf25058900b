<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event needs a time (%1/%2).</source>
        <translation>Ein Prüfereignis braucht eine Zeit (%1/%2).</translation>
    </message>
    <message>
        <source>An audit event needs a category and an action (got &quot;%1&quot; and &quot;%2&quot;).</source>
        <translation>Ein Prüfereignis braucht eine Kategorie und eine Aktion (erhalten „%1“ und „%2“).</translation>
    </message>
    <message>
        <source>Cannot append %1/%2 to the audit log</source>
        <translation>%1/%2 kann nicht an das Prüfprotokoll angehängt werden</translation>
    </message>
    <message>
        <source>Cannot read the audit log</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>In positions</source>
        <translation>In Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Start of day</source>
        <translation>Tagesbeginn</translation>
    </message>
    <message>
        <source>Change today</source>
        <translation>Änderung heute</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Orion finds and trades arbitrage between Kalshi and Polymarket.</source>
        <translation>Orion findet und handelt Arbitrage zwischen Kalshi und Polymarket.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt;.</source>
        <translation>Die Konfiguration aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Run headless until SIGINT/SIGTERM.</source>
        <translation>Ohne Oberfläche laufen bis SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <source>Dry-run mode: send no orders at all.</source>
        <translation>Probelauf: überhaupt keine Orders senden.</translation>
    </message>
    <message>
        <source>Create or migrate the database, print the schema version and exit.</source>
        <translation>Datenbank anlegen oder migrieren, Schemaversion ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Minimum edge per contract in dollars (trading.threshold_spread), e.g. 0.02.</source>
        <translation>Mindestvorteil je Kontrakt in Dollar (trading.threshold_spread), z. B. 0.02.</translation>
    </message>
    <message>
        <source>Execute opportunities automatically: true or false.</source>
        <translation>Gelegenheiten automatisch ausführen: true oder false.</translation>
    </message>
    <message>
        <source>debug, info, warning, error or critical.</source>
        <translation>debug, info, warning, error oder critical.</translation>
    </message>
    <message>
        <source>Paper trading against the built-in venue simulator.</source>
        <translation>Papierhandel gegen den eingebauten Simulator.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>unerwartetes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--dry-run and --demo choose different modes; give one</source>
        <translation>--dry-run und --demo wählen verschiedene Modi; geben Sie nur eines an</translation>
    </message>
    <message>
        <source>--auto-execute takes true or false, not &quot;%1&quot;</source>
        <translation>--auto-execute nimmt true oder false, nicht „%1“</translation>
    </message>
    <message>
        <source>Allow a headless run to trade live with real money (engine.mode: live).</source>
        <translation>Einem Lauf ohne Oberfläche erlauben, mit echtem Geld zu handeln (engine.mode: live).</translation>
    </message>
</context>
<context>
    <name>ConfigChangeRepository</name>
    <message>
        <source>The change of &quot;%1&quot; has no time.</source>
        <translation>Die Änderung von „%1“ hat keine Zeit.</translation>
    </message>
    <message>
        <source>A configuration change needs the key that changed.</source>
        <translation>Eine Konfigurationsänderung braucht den geänderten Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot record the change of &quot;%1&quot;</source>
        <translation>Die Änderung von „%1“ kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot read the configuration history</source>
        <translation>Der Konfigurationsverlauf kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ConfigText</name>
    <message>
        <source>command line: %1</source>
        <translation>Befehlszeile: %1</translation>
    </message>
    <message>
        <source>command line: %1: %2</source>
        <translation>Befehlszeile: %1: %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, erhalten %3</translation>
    </message>
    <message>
        <source>%1 is finer than a millisecond; use at most 3 decimals</source>
        <translation>%1 ist feiner als eine Millisekunde; höchstens 3 Nachkommastellen</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be empty or a 0x address of 40 hex digits</source>
        <translation>muss leer sein oder eine 0x-Adresse aus 40 Hex-Ziffern</translation>
    </message>
    <message>
        <source>%1 is not a supported database URL: %2. Use sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite:///:memory:</source>
        <translation>%1 ist keine unterstützte Datenbank-URL: %2. Verwenden Sie sqlite:///relativer/pfad.db, sqlite:////absoluter/pfad.db oder sqlite:///:memory:</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it has leading or trailing spaces</source>
        <translation>sie hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>only sqlite is supported</source>
        <translation>nur sqlite wird unterstützt</translation>
    </message>
    <message>
        <source>it does not start with sqlite:///</source>
        <translation>sie beginnt nicht mit sqlite:///</translation>
    </message>
    <message>
        <source>it names no file</source>
        <translation>sie nennt keine Datei</translation>
    </message>
    <message>
        <source>query parameters and fragments are not supported</source>
        <translation>Abfrageparameter und Fragmente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>it names a directory, not a file</source>
        <translation>sie nennt ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>has leading or trailing spaces</source>
        <translation>hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>names a directory; give a file such as logs/arbitrage.log</source>
        <translation>nennt ein Verzeichnis; geben Sie eine Datei wie logs/arbitrage.log an</translation>
    </message>
    <message>
        <source>&quot;auto&quot; is only for venues.simulator; give the venue&apos;s URL</source>
        <translation>„auto“ gilt nur für venues.simulator; geben Sie die URL des Handelsplatzes an</translation>
    </message>
    <message>
        <source>%1 is not a URL; write auto or a loopback URL such as http://127.0.0.1:8080</source>
        <translation>%1 ist keine URL; schreiben Sie auto oder eine Loopback-URL wie http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>%1 is not a URL</source>
        <translation>%1 ist keine URL</translation>
    </message>
    <message>
        <source>must not contain a user name or password; credentials belong in the credential store</source>
        <translation>darf weder Benutzername noch Passwort enthalten; Zugangsdaten gehören in den Zugangsdatenspeicher</translation>
    </message>
    <message>
        <source>must not have a query (?…) or fragment (#…)</source>
        <translation>darf keine Abfrage (?…) und kein Fragment (#…) haben</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>must start with ws:// or wss://</source>
        <translation>muss mit ws:// oder wss:// beginnen</translation>
    </message>
    <message>
        <source>the simulator runs on this machine, so the host must be 127.0.0.1, ::1 or localhost, got %1</source>
        <translation>der Simulator läuft auf diesem Rechner, der Host muss also 127.0.0.1, ::1 oder localhost sein, erhalten %1</translation>
    </message>
    <message>
        <source>must start with https://; exchanges are only reached over TLS</source>
        <translation>muss mit https:// beginnen; Börsen werden nur über TLS erreicht</translation>
    </message>
    <message>
        <source>must start with wss://; exchanges are only reached over TLS</source>
        <translation>muss mit wss:// beginnen; Börsen werden nur über TLS erreicht</translation>
    </message>
    <message>
        <source>a price in dollars per contract such as 0.02</source>
        <translation>einen Preis in Dollar je Kontrakt wie 0.02</translation>
    </message>
    <message>
        <source>an amount in dollars such as 10 or 12.50</source>
        <translation>einen Betrag in Dollar wie 10 oder 12.50</translation>
    </message>
    <message>
        <source>a fraction such as 0.05 (for 5%)</source>
        <translation>einen Anteil wie 0.05 (für 5 %)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number of seconds such as 1 or 0.5</source>
        <translation>eine Anzahl Sekunden wie 1 oder 0.5</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einen von %1</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>eine URL</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1, got %1 + %2 + %3 = %4</source>
        <translation>kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct darf höchstens 1 sein, erhalten %1 + %2 + %3 = %4</translation>
    </message>
    <message>
        <source>%1 is more than the largest trade allowed, %2 (trading.max_trade_size_pct %3 of capital.initial_bankroll %4), so nothing would ever trade</source>
        <translation>%1 ist mehr als der größte erlaubte Trade, %2 (trading.max_trade_size_pct %3 von capital.initial_bankroll %4), es würde also nie gehandelt</translation>
    </message>
    <message>
        <source>%1 is less than trading.min_trade_size_usd %2, so no trade would fit within it</source>
        <translation>%1 ist weniger als trading.min_trade_size_usd %2, es passt also kein Trade hinein</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 is not a setting%2</source>
        <translation>%1 ist keine Einstellung%2</translation>
    </message>
</context>
<context>
    <name>CredentialCatalog</name>
    <message>
        <source>Kalshi API key id</source>
        <translation>Kalshi-API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Kalshi RSA private key (PEM)</source>
        <translation>Privater Kalshi-RSA-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Polymarket wallet private key</source>
        <translation>Privater Schlüssel der Polymarket-Wallet</translation>
    </message>
    <message>
        <source>Polymarket API key</source>
        <translation>Polymarket-API-Schlüssel</translation>
    </message>
    <message>
        <source>Polymarket API secret</source>
        <translation>Polymarket-API-Geheimnis</translation>
    </message>
    <message>
        <source>Polymarket API passphrase</source>
        <translation>Polymarket-API-Passphrase</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <source>Telegram chat id</source>
        <translation>Telegram-Chat-ID</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>unknown credential &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Zugangsdaten „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the directory %1 for the database %2.</source>
        <translation>Das Verzeichnis %1 für die Datenbank %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed, so the database %1 cannot be opened.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert, daher kann die Datenbank %1 nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database (%2).</source>
        <translation>%1 ist keine nutzbare SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>The SQLite library in use cannot enforce foreign keys, which Orion&apos;s database needs.</source>
        <translation>Die verwendete SQLite-Bibliothek kann keine Fremdschlüssel durchsetzen, die Orions Datenbank braucht.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 records schema version %2 in its schema_migrations table but %3 in its header (PRAGMA user_version), so it was changed outside Orion. Restore a backup or choose another database file.</source>
        <translation>Die Datenbank %1 verzeichnet Schemaversion %2 in ihrer Tabelle schema_migrations, aber %3 im Kopf (PRAGMA user_version); sie wurde also außerhalb von Orion geändert. Stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this build of Orion only knows versions up to %3. It was written by a newer Orion: run that version, or choose another database file.</source>
        <translation>Die Datenbank %1 hat Schemaversion %2, dieser Orion-Build kennt aber nur Versionen bis %3. Sie wurde von einem neueren Orion geschrieben: Starten Sie diese Version oder wählen Sie eine andere Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;</source>
        <translation>„%1“ kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>The database cannot be migrated from inside a transaction.</source>
        <translation>Die Datenbank kann nicht innerhalb einer Transaktion migriert werden.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of %3</source>
        <translation>Migration %1 (%2) von %3</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 failed at &quot;%2&quot;</source>
        <translation>%1 ist bei „%2“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be recorded</source>
        <translation>%1 konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>%1 could not be committed: %2</source>
        <translation>%1 konnte nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot list the tables of %1</source>
        <translation>Die Tabellen von %1 können nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>sqlite:///relative/path.db (relative to the working directory), sqlite:////absolute/path.db or sqlite:///:memory:</source>
        <translation>sqlite:///relativer/pfad.db (relativ zum Arbeitsverzeichnis), sqlite:////absoluter/pfad.db oder sqlite:///:memory:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database URL: %2. Use %3.</source>
        <translation>„%1“ ist keine unterstützte Datenbank-URL: %2. Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it has leading or trailing spaces</source>
        <translation>sie hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>it has no scheme</source>
        <translation>sie hat kein Schema</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not supported, only &quot;sqlite&quot; is</source>
        <translation>das Schema „%1“ wird nicht unterstützt, nur „sqlite“</translation>
    </message>
    <message>
        <source>a sqlite URL has no host, so it starts with three slashes</source>
        <translation>eine sqlite-URL hat keinen Host und beginnt daher mit drei Schrägstrichen</translation>
    </message>
    <message>
        <source>it names no file</source>
        <translation>sie nennt keine Datei</translation>
    </message>
    <message>
        <source>query parameters and fragments are not supported</source>
        <translation>Abfrageparameter und Fragmente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>it names a directory, not a file</source>
        <translation>sie nennt ein Verzeichnis, keine Datei</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1.%2 s</source>
        <translation>%1,%2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>wird aufgelöst</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Polymarket %1</source>
        <translation>Polymarket %1</translation>
    </message>
    <message>
        <source>%1 market %2</source>
        <translation>%1-Markt %2</translation>
    </message>
</context>
<context>
    <name>EnvFileImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>FillsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Abwicklung</translation>
    </message>
    <message>
        <source>Fill %1 of order %2</source>
        <translation>Ausführung %1 der Order %2</translation>
    </message>
    <message>
        <source>taker</source>
        <translation>Taker</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FixedPointDecimal</name>
    <message>
        <source>%1 is not a plain decimal number: %2</source>
        <translation>%1 ist keine einfache Dezimalzahl: %2</translation>
    </message>
    <message>
        <source>NaN and infinity are not amounts</source>
        <translation>NaN und Unendlich sind keine Beträge</translation>
    </message>
    <message>
        <source>spaces are not accepted</source>
        <translation>Leerzeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>a leading &apos;+&apos; is not accepted</source>
        <translation>ein führendes &apos;+&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;-&apos; is only accepted once, in front</source>
        <translation>&apos;-&apos; ist nur einmal und nur vorne erlaubt</translation>
    </message>
    <message>
        <source>&apos;,&apos; is not accepted; the decimal separator is &apos;.&apos; and digits are not grouped</source>
        <translation>&apos;,&apos; ist nicht erlaubt; das Dezimaltrennzeichen ist &apos;.&apos; und Ziffern werden nicht gruppiert</translation>
    </message>
    <message>
        <source>it has more than one decimal point</source>
        <translation>sie hat mehr als einen Dezimalpunkt</translation>
    </message>
    <message>
        <source>exponents are not accepted</source>
        <translation>Exponenten sind nicht erlaubt</translation>
    </message>
    <message>
        <source>only the ASCII digits 0-9 are accepted</source>
        <translation>nur die ASCII-Ziffern 0-9 sind erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a digit</source>
        <translation>&apos;%1&apos; ist keine Ziffer</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it needs a digit before the decimal point</source>
        <translation>vor dem Dezimalpunkt muss eine Ziffer stehen</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>sie hat keine Ziffern</translation>
    </message>
    <message>
        <source>it needs a digit after the decimal point</source>
        <translation>nach dem Dezimalpunkt muss eine Ziffer stehen</translation>
    </message>
    <message>
        <source>%1 is negative; %2 cannot be negative</source>
        <translation>%1 ist negativ; %2 kann nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number, without a decimal point</source>
        <translation>%1 muss eine ganze Zahl ohne Dezimalpunkt sein</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; at most %3 are allowed</source>
        <translation>%1 hat %2 Nachkommastellen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 has %2 significant decimals; at most %3 are allowed</source>
        <translation>%1 hat %2 signifikante Nachkommastellen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 is out of range; %2 must be between %3 and %4</source>
        <translation>%1 liegt außerhalb des Bereichs; %2 muss zwischen %3 und %4 liegen</translation>
    </message>
</context>
<context>
    <name>LedgerReportFormatter</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>n/a (fewer than 2 finished trades)</source>
        <translation>k. A. (weniger als 2 abgeschlossene Trades)</translation>
    </message>
    <message>
        <source> (per trade, not annualised)</source>
        <translation> (je Trade, nicht annualisiert)</translation>
    </message>
    <message>
        <source>Orion ledger report: %1 mode, %2 (local time)</source>
        <translation>Orion-Hauptbuchbericht: Modus %1, %2 (Ortszeit)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source>No balance recorded yet.</source>
        <translation>Noch kein Saldo erfasst.</translation>
    </message>
    <message>
        <source>available %1  positions %2  total %3  as of %4</source>
        <translation>verfügbar %1  Positionen %2  gesamt %3  Stand %4</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>Alle Handelsplätze</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>No trades yet in %1 mode.</source>
        <translation>Noch keine Trades im Modus %1.</translation>
    </message>
    <message numerus="yes">
        <source>Open positions (%n pair(s))</source>
        <translation>
            <numerusform>Offene Positionen (%n Paar)</numerusform>
            <numerusform>Offene Positionen (%n Paare)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no contracts are held.</source>
        <translation>Keine: Es werden keine Kontrakte gehalten.</translation>
    </message>
    <message>
        <source>Pair %1 (trades %2)</source>
        <translation>Paar %1 (Trades %2)</translation>
    </message>
    <message>
        <source>hedged %1 contracts, locked-in %2</source>
        <translation>abgesichert %1 Kontrakte, gesichert %2</translation>
    </message>
    <message>
        <source>UNHEDGED %1 contracts: %2 at cost, %3 marked</source>
        <translation>UNGESICHERT %1 Kontrakte: %2 zu Kosten, %3 bewertet</translation>
    </message>
    <message>
        <source>Unhedged exposure: %1 contracts, %2 at cost, %3 marked (P&amp;L %4)</source>
        <translation>Ungesichertes Risiko: %1 Kontrakte, %2 zu Kosten, %3 bewertet (G&amp;V %4)</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G&amp;V</translation>
    </message>
    <message>
        <source>Locked-in (hedged, paid at resolution)</source>
        <translation>Gesichert (abgesichert, ausgezahlt bei Marktauflösung)</translation>
    </message>
    <message>
        <source>Realised (unwinds and repairs)</source>
        <translation>Realisiert (Glattstellungen und Reparaturen)</translation>
    </message>
    <message>
        <source>Unhedged legs at their marks</source>
        <translation>Ungesicherte Seiten zu ihrer Bewertung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>Today (since %1, %n trade(s))</source>
        <translation>
            <numerusform>Heute (seit %1, %n Trade)</numerusform>
            <numerusform>Heute (seit %1, %n Trades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trades: %1 (%2 hedged, %3 flat, %4 open)</source>
        <translation>Trades: %1 (%2 abgesichert, %3 glattgestellt, %4 offen)</translation>
    </message>
    <message>
        <source>(%1 earlier trade(s) not listed; --format json lists all)</source>
        <translation>(ältere Trades nicht aufgeführt: %1; --format json listet alle)</translation>
    </message>
    <message>
        <source>hedged %1  P&amp;L %2</source>
        <translation>abgesichert %1  G&amp;V %2</translation>
    </message>
    <message>
        <source>(unhedged %1)</source>
        <translation>(ungesichert %1)</translation>
    </message>
    <message numerus="yes">
        <source>Metrics (%n finished trade(s); open trades count as marked)</source>
        <translation>
            <numerusform>Kennzahlen (%n abgeschlossener Trade; offene Trades zählen mit ihrer Bewertung)</numerusform>
            <numerusform>Kennzahlen (%n abgeschlossene Trades; offene Trades zählen mit ihrer Bewertung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished P&amp;L</source>
        <translation>G&amp;V abgeschlossen</translation>
    </message>
    <message>
        <source>Open P&amp;L</source>
        <translation>G&amp;V offen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Quote</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
</context>
<context>
    <name>LedgerReportReader</name>
    <message>
        <source>Cannot read the %1 trades</source>
        <translation>Die Trades im Modus %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the %1 fills</source>
        <translation>Die Ausführungen im Modus %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>The ledger is kept for paper and live mode only, not &quot;%1&quot;</source>
        <translation>Das Hauptbuch wird nur im Papier- und Echtgeldmodus geführt, nicht für „%1“</translation>
    </message>
    <message>
        <source>Cannot replace the %1 positions</source>
        <translation>Die Positionen im Modus %1 können nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot store the %1 position on %2</source>
        <translation>Die Position im Modus %1 zu %2 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot record the %1 balance on %2</source>
        <translation>Der Saldo im Modus %1 auf %2 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot read the %1 positions</source>
        <translation>Die Positionen im Modus %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the %1 balances</source>
        <translation>Die Salden im Modus %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OpportunitiesModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Edge / contract</source>
        <translation>Vorteil / Kontrakt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Kalshi price</source>
        <translation>Kalshi-Preis</translation>
    </message>
    <message>
        <source>Polymarket price</source>
        <translation>Polymarket-Preis</translation>
    </message>
    <message>
        <source>Kalshi book</source>
        <translation>Kalshi-Orderbuch</translation>
    </message>
    <message>
        <source>Polymarket book</source>
        <translation>Polymarket-Orderbuch</translation>
    </message>
    <message>
        <source>Tradable?</source>
        <translation>Handelbar?</translation>
    </message>
    <message>
        <source>gone from the books</source>
        <translation>aus den Orderbüchern verschwunden</translation>
    </message>
    <message>
        <source>book unusable</source>
        <translation>Orderbuch unbrauchbar</translation>
    </message>
    <message>
        <source>fee unknown</source>
        <translation>Gebühr unbekannt</translation>
    </message>
    <message>
        <source>pair removed</source>
        <translation>Paar entfernt</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>Paar %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>geschlossen: %1</translation>
    </message>
    <message>
        <source>tradable</source>
        <translation>handelbar</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <source>K %1 + P %2</source>
        <translation>K %1 + P %2</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>JA</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>executing</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <source>traded</source>
        <translation>gehandelt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%1; now blocked: %2</source>
        <translation>%1; jetzt gesperrt: %2</translation>
    </message>
</context>
<context>
    <name>OpportunityRepository</name>
    <message>
        <source>Cannot look up the pair of opportunity %1</source>
        <translation>Das Paar der Gelegenheit %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>The pair %1 / %2 is not in market_pairs</source>
        <translation>Das Paar %1 / %2 ist nicht in market_pairs</translation>
    </message>
    <message>
        <source>Cannot record opportunity %1</source>
        <translation>Gelegenheit %1 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Opportunity %1 was never recorded as opened</source>
        <translation>Gelegenheit %1 wurde nie als eröffnet erfasst</translation>
    </message>
    <message>
        <source>Cannot mark opportunity %1 as blocked</source>
        <translation>Gelegenheit %1 kann nicht als gesperrt markiert werden</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Avg. fill</source>
        <translation>Ø Ausführung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>working</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>partially filled</source>
        <translation>teilweise ausgeführt</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>JA</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>buy %1</source>
        <translation>kaufe %1</translation>
    </message>
    <message>
        <source>sell %1</source>
        <translation>verkaufe %1</translation>
    </message>
    <message>
        <source>Client order %1, venue order %2</source>
        <translation>Eigene Order %1, Handelsplatz-Order %2</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Kalshi market</source>
        <translation>Kalshi-Markt</translation>
    </message>
    <message>
        <source>Polymarket market</source>
        <translation>Polymarket-Markt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <source>Matcher</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Tradable</source>
        <translation>Handelbar</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>inverse</source>
        <translation>umgekehrt</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>YES</source>
        <translation>JA</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Kalshi leg</source>
        <translation>Kalshi-Seite</translation>
    </message>
    <message>
        <source>Kalshi mark</source>
        <translation>Kalshi-Bewertung</translation>
    </message>
    <message>
        <source>Polymarket leg</source>
        <translation>Polymarket-Seite</translation>
    </message>
    <message>
        <source>Polymarket mark</source>
        <translation>Polymarket-Bewertung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Mark value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G&amp;V</translation>
    </message>
    <message>
        <source>Locked in</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Resolves in</source>
        <translation>Auflösung in</translation>
    </message>
    <message>
        <source>Pair %1, opened %2</source>
        <translation>Paar %1, eröffnet %2</translation>
    </message>
</context>
<context>
    <name>SettingsLoader</name>
    <message>
        <source>a section (key: value lines)</source>
        <translation>einen Abschnitt (Zeilen Schlüssel: Wert)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>einen Wert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the file must consist of sections such as &quot;trading:&quot; with settings below them, got %1</source>
        <translation>die Datei muss aus Abschnitten wie „trading:“ mit Einstellungen darunter bestehen, erhalten %1</translation>
    </message>
    <message>
        <source>keys must be plain names, got %1</source>
        <translation>Schlüssel müssen einfache Namen sein, erhalten %1</translation>
    </message>
    <message>
        <source>is set twice; the first is on line %1</source>
        <translation>ist doppelt gesetzt; das erste Mal in Zeile %1</translation>
    </message>
    <message>
        <source>is a section; expected settings below it, got %1</source>
        <translation>ist ein Abschnitt; erwartet wurden Einstellungen darunter, erhalten %1</translation>
    </message>
    <message>
        <source>has no value; expected %1</source>
        <translation>hat keinen Wert; erwartet %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>expected %1, got the quoted text &quot;%2&quot;; write it without quotes</source>
        <translation>erwartet %1, erhalten der Text in Anführungszeichen „%2“; schreiben Sie ihn ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown section; did you mean %1?</source>
        <translation>unbekannter Abschnitt; meinten Sie %1?</translation>
    </message>
    <message>
        <source>unknown key; did you mean %1?</source>
        <translation>unbekannter Schlüssel; meinten Sie %1?</translation>
    </message>
    <message>
        <source>unknown key here; %1 is a setting</source>
        <translation>hier unbekannter Schlüssel; %1 ist eine Einstellung</translation>
    </message>
    <message>
        <source>unknown section; the sections are %1</source>
        <translation>unbekannter Abschnitt; die Abschnitte sind %1</translation>
    </message>
    <message>
        <source>unknown key; %1 has %2</source>
        <translation>unbekannter Schlüssel; %1 hat %2</translation>
    </message>
    <message>
        <source>malformed YAML: a tab in the indentation; indent with spaces</source>
        <translation>fehlerhaftes YAML: ein Tabulator in der Einrückung; rücken Sie mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>malformed YAML: this &quot;%1&quot; is never closed</source>
        <translation>fehlerhaftes YAML: dieses „%1“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>fehlerhaftes YAML: %1</translation>
    </message>
    <message>
        <source>has more than one YAML document (---); put every setting in one</source>
        <translation>hat mehr als ein YAML-Dokument (---); legen Sie alle Einstellungen in eines</translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation>das YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is missing; the default configuration must set every key</source>
        <translation>fehlt; die Standardkonfiguration muss jeden Schlüssel setzen</translation>
    </message>
    <message>
        <source>the embedded default configuration is missing: %1</source>
        <translation>die eingebettete Standardkonfiguration fehlt: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>is %1 bytes; a configuration file is far smaller (at most %2), so this is probably the wrong file</source>
        <translation>ist %1 Bytes groß; eine Konfigurationsdatei ist viel kleiner (höchstens %2), das ist wohl die falsche Datei</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>&quot;auto&quot; (the built-in simulator picks a loopback port) or the loopback URL of an orion-venue-sim you started.</source>
        <translation>„auto“ (der eingebaute Simulator wählt einen Loopback-Port) oder die Loopback-URL eines von Ihnen gestarteten orion-venue-sim.</translation>
    </message>
    <message>
        <source>Kalshi Trade API (REST) base URL.</source>
        <translation>Basis-URL der Kalshi Trade API (REST).</translation>
    </message>
    <message>
        <source>Kalshi WebSocket URL (order books, fills).</source>
        <translation>Kalshi-WebSocket-URL (Orderbücher, Ausführungen).</translation>
    </message>
    <message>
        <source>Polymarket Gamma API (market catalogue).</source>
        <translation>Polymarket Gamma API (Marktkatalog).</translation>
    </message>
    <message>
        <source>Polymarket CLOB API (order books, orders).</source>
        <translation>Polymarket CLOB API (Orderbücher, Orders).</translation>
    </message>
    <message>
        <source>Polymarket CLOB WebSocket base URL; the clients add /market and /user.</source>
        <translation>Basis-URL des Polymarket-CLOB-WebSockets; die Clients hängen /market und /user an.</translation>
    </message>
    <message>
        <source>Polymarket deposit wallet (POLY_1271) that holds your funds; orders are signed for it by the wallet key. Empty: the key&apos;s own address trades.</source>
        <translation>Polymarket-Einzahlungs-Wallet (POLY_1271), das Ihr Guthaben hält; Orders werden dafür mit dem Wallet-Schlüssel signiert. Leer: Die eigene Adresse des Schlüssels handelt.</translation>
    </message>
    <message>
        <source>Smallest locked-in profit per pair of contracts, after both venues&apos; fees, for an opportunity to count. Buying YES on one venue and NO on the other pays $1 at resolution, so with 0.02 the pair must cost at most $0.98 including fees. Lower finds more opportunities with thinner margins; higher finds fewer, safer ones. Command line: --threshold.</source>
        <translation>Kleinster gesicherter Gewinn je Kontraktpaar nach den Gebühren beider Handelsplätze, ab dem eine Gelegenheit zählt. JA auf dem einen und NEIN auf dem anderen Platz zahlt bei Auflösung $1, mit 0.02 darf das Paar also höchstens $0.98 inklusive Gebühren kosten. Niedriger findet mehr Gelegenheiten mit dünneren Margen, höher weniger und sicherere. Befehlszeile: --threshold.</translation>
    </message>
    <message>
        <source>Largest amount one trade may commit, both legs together, as a fraction of capital.initial_bankroll. The risk limits and each venue&apos;s balance can make a trade smaller still.</source>
        <translation>Größter Betrag, den ein Trade mit beiden Seiten zusammen binden darf, als Anteil von capital.initial_bankroll. Risikogrenzen und die Salden der Handelsplätze können einen Trade noch kleiner machen.</translation>
    </message>
    <message>
        <source>Smallest trade worth placing, in dollars for both legs together. Opportunities that depth, capital or risk limits cut below this are skipped: a tiny trade carries the same leg risk for almost no profit.</source>
        <translation>Kleinster lohnender Trade, in Dollar für beide Seiten zusammen. Gelegenheiten, die Markttiefe, Kapital oder Risikogrenzen darunter drücken, werden übersprungen: Ein winziger Trade trägt dasselbe Seitenrisiko für fast keinen Gewinn.</translation>
    </message>
    <message>
        <source>Dollars of resting depth wanted on each leg at the opportunity&apos;s prices before it is traded. Thin books move when you trade into them and make the second leg more likely to fail. 0 turns the check off.</source>
        <translation>Gewünschte Markttiefe in Dollar auf jeder Seite zu den Preisen der Gelegenheit, bevor gehandelt wird. Dünne Orderbücher bewegen sich beim Handeln und lassen die zweite Seite eher scheitern. 0 schaltet die Prüfung ab.</translation>
    </message>
    <message>
        <source>How much worse than the detected price a leg may fill, as a fraction of that price: with 0.01 an ask of 0.50 may fill up to 0.505. Orders are limit orders at this worst price, so a book that moves cannot fill them any worse.</source>
        <translation>Wie viel schlechter als der erkannte Preis eine Seite ausgeführt werden darf, als Anteil dieses Preises: Mit 0.01 darf ein Angebot von 0.50 bis 0.505 ausgeführt werden. Orders sind Limit-Orders zu diesem schlechtesten Preis, ein bewegtes Orderbuch kann sie also nicht schlechter ausführen.</translation>
    </message>
    <message>
        <source>true: in paper and live modes, every opportunity that passes the risk checks is traded without asking. false: opportunities are found and recorded, and nothing is traded until you confirm it. No effect in dry_run and alert_only modes. Command line: --auto-execute true|false.</source>
        <translation>true: Im Papier- und Echtgeldmodus wird jede Gelegenheit, die die Risikoprüfungen besteht, ohne Rückfrage gehandelt. false: Gelegenheiten werden gefunden und erfasst, gehandelt wird erst nach Ihrer Bestätigung. Keine Wirkung in den Modi dry_run und alert_only. Befehlszeile: --auto-execute true|false.</translation>
    </message>
    <message>
        <source>Money Orion manages across both venues, in dollars. Trade sizes, the daily loss limit and the venue allocations are fractions of it. Orion never spends more than the balances the venues report, whatever this says.</source>
        <translation>Geld, das Orion über beide Handelsplätze verwaltet, in Dollar. Tradegrößen, Tagesverlustgrenze und die Aufteilung auf die Plätze sind Anteile davon. Orion gibt nie mehr aus als die gemeldeten Salden, egal was hier steht.</translation>
    </message>
    <message>
        <source>Share of the bankroll meant to sit on Kalshi. Every arbitrage needs money on both venues at once. kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1.</source>
        <translation>Anteil des Kapitals, der auf Kalshi liegen soll. Jede Arbitrage braucht gleichzeitig Geld auf beiden Plätzen. kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct darf höchstens 1 sein.</translation>
    </message>
    <message>
        <source>Share of the bankroll meant to sit on Polymarket (in USDC). kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1.</source>
        <translation>Anteil des Kapitals, der auf Polymarket liegen soll (in USDC). kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct darf höchstens 1 sein.</translation>
    </message>
    <message>
        <source>Share of the bankroll never traded: a buffer for fees, unwinding a failed leg and withdrawals.</source>
        <translation>Anteil des Kapitals, der nie gehandelt wird: Puffer für Gebühren, das Auflösen einer gescheiterten Seite und Auszahlungen.</translation>
    </message>
    <message>
        <source>How often Orion compares each venue&apos;s balance with its allocation and suggests moving money when they have drifted apart. Moving money between venues is always up to you. 0 turns the check off.</source>
        <translation>Wie oft Orion den Saldo jedes Handelsplatzes mit seiner Zuteilung vergleicht und bei Abweichung eine Umschichtung vorschlägt. Geld zwischen den Plätzen bewegen immer Sie selbst. 0 schaltet die Prüfung ab.</translation>
    </message>
    <message>
        <source>Most paired positions open at once. Further opportunities are skipped until a position resolves or is closed.</source>
        <translation>Höchstzahl gleichzeitig offener Paarpositionen. Weitere Gelegenheiten werden übersprungen, bis eine Position aufgelöst oder geschlossen ist.</translation>
    </message>
    <message>
        <source>Most money committed to one event across both venues, in dollars. Caps what a mismatched pair or a disputed resolution can cost.</source>
        <translation>Höchstbetrag, der über beide Plätze in einem Ereignis gebunden sein darf, in Dollar. Begrenzt, was ein falsches Paar oder eine strittige Auflösung kosten kann.</translation>
    </message>
    <message>
        <source>Loss within one day, as a fraction of the bankroll, that trips the circuit breaker: trading stops until you reset it.</source>
        <translation>Verlust innerhalb eines Tages, als Anteil des Kapitals, der den Schutzschalter auslöst: Der Handel stoppt, bis Sie ihn zurücksetzen.</translation>
    </message>
    <message>
        <source>Seconds between engine cycles, the periodic work besides streamed updates: polling what has no live stream, refreshing balances, housekeeping. Fractions are fine (0.5); the finest step is one millisecond (0.001).</source>
        <translation>Sekunden zwischen Engine-Zyklen, der regelmäßigen Arbeit neben gestreamten Updates: Abfragen ohne Live-Stream, Salden auffrischen, Aufräumen. Bruchteile sind erlaubt (0.5); der feinste Schritt ist eine Millisekunde (0.001).</translation>
    </message>
    <message>
        <source>What Orion does with an opportunity. dry_run: log it. alert_only: log it and send alerts. paper: also simulate the trade against the live books; no order reaches a venue. live: place real orders with real money. Command line: --dry-run forces dry_run.</source>
        <translation>Was Orion mit einer Gelegenheit tut. dry_run: protokollieren. alert_only: protokollieren und Alarme senden. paper: zusätzlich den Trade gegen die Live-Orderbücher simulieren; keine Order erreicht einen Handelsplatz. live: echte Orders mit echtem Geld. Befehlszeile: --dry-run erzwingt dry_run.</translation>
    </message>
    <message>
        <source>An order book not confirmed for longer than this, in milliseconds, is stale and never trades; a book with a sequence gap is stale until it is rebuilt. Too low skips good opportunities; too high trades on prices that may be gone.</source>
        <translation>Ein Orderbuch, das länger als diese Zeit in Millisekunden nicht bestätigt wurde, ist veraltet und wird nie gehandelt; ein Orderbuch mit Sequenzlücke ist veraltet, bis es neu aufgebaut ist. Zu niedrig lässt gute Gelegenheiten aus; zu hoch handelt auf Preise, die vielleicht nicht mehr gelten.</translation>
    </message>
    <message>
        <source>Where Orion records markets, pairs, opportunities, orders, fills, positions and the audit log: sqlite:///relative/path.db (relative to the directory Orion starts in), sqlite:////absolute/path.db, or sqlite:///:memory: (kept only until exit).</source>
        <translation>Wo Orion Märkte, Paare, Gelegenheiten, Orders, Ausführungen, Positionen und das Prüfprotokoll speichert: sqlite:///relativer/pfad.db (relativ zum Startverzeichnis von Orion), sqlite:////absoluter/pfad.db oder sqlite:///:memory: (nur bis zum Beenden).</translation>
    </message>
    <message>
        <source>Least severe message written to the log. debug is verbose (every request and book update); info is the normal level. Command line: --log-level.</source>
        <translation>Am wenigsten schwere Meldung, die ins Protokoll geschrieben wird. debug ist ausführlich (jede Anfrage und jedes Orderbuch-Update); info ist die normale Stufe. Befehlszeile: --log-level.</translation>
    </message>
    <message>
        <source>Log file, relative to the directory Orion starts in unless absolute; its directory is created if needed. &quot;&quot; logs to the console only.</source>
        <translation>Protokolldatei, relativ zum Startverzeichnis von Orion, sofern nicht absolut; ihr Verzeichnis wird bei Bedarf angelegt. &quot;&quot; protokolliert nur auf die Konsole.</translation>
    </message>
    <message>
        <source>When the log file reaches this size it is renamed to &lt;file&gt;.1 (older ones move to .2, .3, …) and a new file is started.</source>
        <translation>Erreicht die Protokolldatei diese Größe, wird sie in &lt;Datei&gt;.1 umbenannt (ältere rücken nach .2, .3, …) und eine neue Datei begonnen.</translation>
    </message>
    <message>
        <source>Rotated log files kept besides the current one; the oldest is deleted.</source>
        <translation>Anzahl aufbewahrter rotierter Protokolldateien neben der aktuellen; die älteste wird gelöscht.</translation>
    </message>
    <message>
        <source>Which hosts Orion connects to: production (the real exchanges), demo (test exchanges, see venues.demo) or simulator (built in, on this machine, no account needed).</source>
        <translation>Mit welchen Hosts sich Orion verbindet: production (die echten Börsen), demo (Testbörsen, siehe venues.demo) oder simulator (eingebaut, auf diesem Rechner, kein Konto nötig).</translation>
    </message>
    <message>
        <source>Send alerts through a Telegram bot. The bot token and chat id are credentials: store them with `orion credentials`, never in this file.</source>
        <translation>Alarme über einen Telegram-Bot senden. Bot-Token und Chat-ID sind Zugangsdaten: Speichern Sie sie mit `orion credentials`, nie in dieser Datei.</translation>
    </message>
    <message>
        <source>Opportunity alerts only for a locked-in profit of at least this many dollars at the available depth.</source>
        <translation>Gelegenheitsalarme nur bei einem gesicherten Gewinn von mindestens so vielen Dollar bei der verfügbaren Markttiefe.</translation>
    </message>
    <message>
        <source>Opportunity alerts only for a locked-in profit of at least this much per pair of contracts (0.03 = 3 cents). Trade, error and circuit-breaker alerts ignore this and alerts.min_profit_usd.</source>
        <translation>Gelegenheitsalarme nur bei einem gesicherten Gewinn von mindestens so viel je Kontraktpaar (0.03 = 3 Cent). Trade-, Fehler- und Schutzschalter-Alarme ignorieren dies und alerts.min_profit_usd.</translation>
    </message>
    <message>
        <source>Most alerts sent in one minute, so that a burst cannot flood the channel; the rest stay in the log.</source>
        <translation>Höchstzahl der Alarme pro Minute, damit eine Häufung den Kanal nicht flutet; der Rest bleibt im Protokoll.</translation>
    </message>
    <message>
        <source>Alert when an opportunity passes the thresholds above.</source>
        <translation>Alarm, wenn eine Gelegenheit die obigen Schwellen überschreitet.</translation>
    </message>
    <message>
        <source>Alert when a trade is placed, filled or unwound.</source>
        <translation>Alarm, wenn ein Trade platziert, ausgeführt oder aufgelöst wird.</translation>
    </message>
    <message>
        <source>Alert on errors that need you: a venue unreachable, an order rejected, a leg left unhedged.</source>
        <translation>Alarm bei Fehlern, die Sie brauchen: Handelsplatz nicht erreichbar, Order abgelehnt, Seite ungesichert.</translation>
    </message>
    <message>
        <source>Alert when the circuit breaker trips or the kill switch is used.</source>
        <translation>Alarm, wenn der Schutzschalter auslöst oder der Notaus betätigt wird.</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>When an opportunity is worth taking and how large a trade may be.</source>
        <translation>Wann sich eine Gelegenheit lohnt und wie groß ein Trade sein darf.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>How much money Orion manages and how it is split between the venues.</source>
        <translation>Wie viel Geld Orion verwaltet und wie es auf die Handelsplätze verteilt ist.</translation>
    </message>
    <message>
        <source>Risk limits</source>
        <translation>Risikogrenzen</translation>
    </message>
    <message>
        <source>Hard limits checked before every order; a trade that would break one is not placed.</source>
        <translation>Harte Grenzen, die vor jeder Order geprüft werden; ein Trade, der eine verletzen würde, wird nicht platziert.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>What Orion does with the opportunities it finds, and how fresh market data must be.</source>
        <translation>Was Orion mit gefundenen Gelegenheiten tut und wie frisch Marktdaten sein müssen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Where Orion keeps its records.</source>
        <translation>Wo Orion seine Aufzeichnungen aufbewahrt.</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>What is logged and where; the file rotates by size.</source>
        <translation>Was wohin protokolliert wird; die Datei rotiert nach Größe.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Handelsplätze</translation>
    </message>
    <message>
        <source>Which exchange hosts Orion connects to. venues.environment selects one of the three sets below; the others are kept so that switching needs no editing.</source>
        <translation>Mit welchen Börsen-Hosts sich Orion verbindet. venues.environment wählt eine der drei Gruppen unten; die anderen bleiben erhalten, damit ein Wechsel kein Bearbeiten erfordert.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>The real exchanges: real orders and real money when engine.mode is live.</source>
        <translation>Die echten Börsen: echte Orders und echtes Geld, wenn engine.mode live ist.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Kalshi&apos;s demo exchange: play money, its own account and API keys, prices that need not match the real market. Polymarket has no public demo exchange: market data comes from its public production hosts and orders go to its staging CLOB, never to the real one.</source>
        <translation>Die Demo-Börse von Kalshi: Spielgeld, eigenes Konto und eigene API-Schlüssel, Preise, die nicht dem echten Markt entsprechen müssen. Polymarket hat keine öffentliche Demo-Börse: Marktdaten kommen von den öffentlichen Produktions-Hosts, Orders gehen an das Staging-CLOB, nie an das echte.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>The built-in venue simulator: Kalshi and Polymarket look-alikes on this machine, with scripted markets. Nothing leaves the computer.</source>
        <translation>Der eingebaute Simulator: Nachbildungen von Kalshi und Polymarket auf diesem Rechner mit vorgegebenen Märkten. Nichts verlässt den Computer.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Notifications about opportunities, trades, errors and the circuit breaker.</source>
        <translation>Benachrichtigungen zu Gelegenheiten, Trades, Fehlern und dem Schutzschalter.</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Alerts through a Telegram bot.</source>
        <translation>Alarme über einen Telegram-Bot.</translation>
    </message>
    <message>
        <source>Alert events</source>
        <translation>Alarmereignisse</translation>
    </message>
    <message>
        <source>Which events send an alert.</source>
        <translation>Welche Ereignisse einen Alarm auslösen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>fraction (0.05 = 5%)</source>
        <translation>Anteil (0.05 = 5 %)</translation>
    </message>
    <message>
        <source>USD per contract pair</source>
        <translation>USD je Kontraktpaar</translation>
    </message>
    <message>
        <source>fraction of the bankroll (0.05 = 5%)</source>
        <translation>Anteil am Kapital (0.05 = 5 %)</translation>
    </message>
    <message>
        <source>fraction of the price (0.01 = 1%)</source>
        <translation>Anteil am Preis (0.01 = 1 %)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>alerts per minute</source>
        <translation>Alarme pro Minute</translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Unit: %1.</source>
        <translation>Einheit: %1.</translation>
    </message>
    <message>
        <source>Range: %1 to %2.</source>
        <translation>Bereich: %1 bis %2.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Einer von: %1.</translation>
    </message>
    <message>
        <source>Can be changed while running.</source>
        <translation>Kann im laufenden Betrieb geändert werden.</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt beim nächsten Start.</translation>
    </message>
    <message>
        <source>not saved, the settings have problems: %1</source>
        <translation>nicht gespeichert, die Einstellungen haben Probleme: %1</translation>
    </message>
    <message>
        <source>not saved: the written file would not read back as the same settings</source>
        <translation>nicht gespeichert: die geschriebene Datei ergäbe beim Lesen nicht dieselben Einstellungen</translation>
    </message>
    <message>
        <source>cannot save %1: %2: %3</source>
        <translation>%1 kann nicht gespeichert werden: %2: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary file next to it</source>
        <translation>daneben kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>nicht schreibbar</translation>
    </message>
    <message>
        <source>cannot read the previous file to back it up</source>
        <translation>die vorige Datei kann für die Sicherung nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>die Datei kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>SqlJournal</name>
    <message>
        <source>Cannot journal the trade on %1</source>
        <translation>Der Trade zu %1 kann nicht ins Journal geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot journal the state of trade %1</source>
        <translation>Der Zustand von Trade %1 kann nicht ins Journal geschrieben werden</translation>
    </message>
    <message>
        <source>There is no trade %1 in the journal</source>
        <translation>Im Journal gibt es keinen Trade %1</translation>
    </message>
    <message>
        <source>Cannot read trade %1</source>
        <translation>Trade %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot journal order %1</source>
        <translation>Order %1 kann nicht ins Journal geschrieben werden</translation>
    </message>
    <message>
        <source>There is no order %1 in the journal</source>
        <translation>Im Journal gibt es keine Order %1</translation>
    </message>
    <message>
        <source>Cannot update order %1</source>
        <translation>Order %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot read fill %1</source>
        <translation>Ausführung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot update fill %1</source>
        <translation>Ausführung %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot record fill %1</source>
        <translation>Ausführung %1 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Fill %1 is for order %2, which is not in the journal</source>
        <translation>Ausführung %1 gehört zu Order %2, die nicht im Journal steht</translation>
    </message>
    <message>
        <source>Cannot read the trades</source>
        <translation>Die Trades können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the orders of trade %1</source>
        <translation>Die Orders von Trade %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the fills of order %1</source>
        <translation>Die Ausführungen von Order %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the %1 fills</source>
        <translation>Die Ausführungen im Modus %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>TradingMode</name>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation>Nur Alarme</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papierhandel</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Echtgeld</translation>
    </message>
</context>
<context>
    <name>VenueEnvironment</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
</context>
<context>
    <name>orion::BalancesPanel</name>
    <message>
        <source>No balances reported yet: the venues have not answered.</source>
        <translation>Noch keine Salden gemeldet: Die Handelsplätze haben nicht geantwortet.</translation>
    </message>
    <message>
        <source>Venue balances appear here once the venue clients are connected (credentials and environment under Settings). Nothing is connected yet.</source>
        <translation>Die Salden der Handelsplätze erscheinen hier, sobald deren Clients verbunden sind (Zugangsdaten und Umgebung in den Einstellungen). Noch ist nichts verbunden.</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Gesamt: —</translation>
    </message>
    <message>
        <source>Total: %1 (%2 today, %3)</source>
        <translation>Gesamt: %1 (%2 heute, %3)</translation>
    </message>
</context>
<context>
    <name>orion::Cash</name>
    <message>
        <source>%1 %2 %3 does not fit in int64 micro-dollars</source>
        <translation>%1 %2 %3 passt nicht in int64-Mikrodollar</translation>
    </message>
    <message>
        <source>%1 is not a whole number of cents</source>
        <translation>%1 ist keine ganze Zahl von Cent</translation>
    </message>
</context>
<context>
    <name>orion::CredentialFileFormat</name>
    <message>
        <source>not an Orion credential file</source>
        <translation>keine Orion-Zugangsdatendatei</translation>
    </message>
    <message>
        <source>the credential file is truncated (incomplete header)</source>
        <translation>die Zugangsdatendatei ist abgeschnitten (unvollständiger Kopf)</translation>
    </message>
    <message>
        <source>credential file version %1 is not supported (this Orion reads version %2)</source>
        <translation>Zugangsdatendatei-Version %1 wird nicht unterstützt (dieses Orion liest Version %2)</translation>
    </message>
    <message>
        <source>the credential file names an unknown key derivation</source>
        <translation>die Zugangsdatendatei nennt eine unbekannte Schlüsselableitung</translation>
    </message>
    <message>
        <source>the credential file&apos;s scrypt cost is out of range</source>
        <translation>die scrypt-Kosten der Zugangsdatendatei liegen außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the credential file&apos;s scrypt parameters are out of range: %1</source>
        <translation>die scrypt-Parameter der Zugangsdatendatei liegen außerhalb des Bereichs: %1</translation>
    </message>
    <message>
        <source>the credential file&apos;s salt is missing or too short</source>
        <translation>das Salz der Zugangsdatendatei fehlt oder ist zu kurz</translation>
    </message>
    <message>
        <source>the credential file is truncated (no encrypted body)</source>
        <translation>die Zugangsdatendatei ist abgeschnitten (kein verschlüsselter Inhalt)</translation>
    </message>
    <message>
        <source>the credential file&apos;s contents are truncated</source>
        <translation>der Inhalt der Zugangsdatendatei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the credential file lists %1 entries (at most %2)</source>
        <translation>die Zugangsdatendatei enthält %1 Einträge (höchstens %2)</translation>
    </message>
    <message>
        <source>the credential file has a bad entry name</source>
        <translation>die Zugangsdatendatei hat einen ungültigen Eintragsnamen</translation>
    </message>
    <message>
        <source>the credential file has an entry of a bad length</source>
        <translation>die Zugangsdatendatei hat einen Eintrag mit ungültiger Länge</translation>
    </message>
    <message>
        <source>the credential file lists %1 twice</source>
        <translation>die Zugangsdatendatei enthält %1 doppelt</translation>
    </message>
    <message>
        <source>the credential file has trailing bytes after its entries</source>
        <translation>die Zugangsdatendatei hat überzählige Bytes nach ihren Einträgen</translation>
    </message>
</context>
<context>
    <name>orion::CredentialValidator</name>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>the value is longer than 16 KiB</source>
        <translation>der Wert ist länger als 16 KiB</translation>
    </message>
    <message>
        <source>expected a UUID like 0a1b2c3d-0000-4000-8000-123456789abc</source>
        <translation>erwartet eine UUID wie 0a1b2c3d-0000-4000-8000-123456789abc</translation>
    </message>
    <message>
        <source>key id in UUID form</source>
        <translation>Schlüssel-ID in UUID-Form</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>privater RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>expected a 32-byte key as 64 hex digits (0x optional): %1</source>
        <translation>erwartet ein 32-Byte-Schlüssel als 64 Hex-Ziffern (0x optional): %1</translation>
    </message>
    <message>
        <source>wallet address %1</source>
        <translation>Wallet-Adresse %1</translation>
    </message>
    <message>
        <source>expected base64 of at least 16 bytes</source>
        <translation>erwartet Base64 mit mindestens 16 Bytes</translation>
    </message>
    <message>
        <source>%1-byte secret</source>
        <translation>Geheimnis mit %1 Bytes</translation>
    </message>
    <message>
        <source>expected printable characters without spaces</source>
        <translation>erwartet druckbare Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>passphrase of %1 characters</source>
        <translation>Passphrase mit %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a bot token like 123456789:AA… from @BotFather</source>
        <translation>erwartet ein Bot-Token wie 123456789:AA… von @BotFather</translation>
    </message>
    <message>
        <source>bot token for bot id %1</source>
        <translation>Bot-Token für Bot-ID %1</translation>
    </message>
    <message>
        <source>expected a numeric chat id</source>
        <translation>erwartet eine numerische Chat-ID</translation>
    </message>
    <message>
        <source>chat id %1</source>
        <translation>Chat-ID %1</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>orion::CredentialsCommand</name>
    <message>
        <source>no terminal to prompt on; pipe the value to standard input</source>
        <translation>kein Terminal für die Eingabe; leiten Sie den Wert über die Standardeingabe zu</translation>
    </message>
    <message>
        <source>pipe the value to standard input</source>
        <translation>leiten Sie den Wert über die Standardeingabe zu</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Master password for the credential file: </source>
        <translation>Master-Passwort für die Zugangsdatendatei: </translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation>Master-Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter unterscheiden sich</translation>
    </message>
    <message>
        <source>warning: not audited, the configuration has problems</source>
        <translation>Warnung: nicht protokolliert, die Konfiguration hat Probleme</translation>
    </message>
    <message>
        <source>warning: not audited, the database cannot be opened</source>
        <translation>Warnung: nicht protokolliert, die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>warning: not audited: %1</source>
        <translation>Warnung: nicht protokolliert: %1</translation>
    </message>
    <message>
        <source>usage: orion credentials set NAME (the value comes from standard input)</source>
        <translation>Aufruf: orion credentials set NAME (der Wert kommt von der Standardeingabe)</translation>
    </message>
    <message>
        <source>unknown credential &quot;%1&quot;; known: %2</source>
        <translation>unbekannte Zugangsdaten „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>%1 (input hidden): </source>
        <translation>%1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>stored %1 in %2: %3</source>
        <translation>%1 in %2 gespeichert: %3</translation>
    </message>
    <message>
        <source>credentials in %1:</source>
        <translation>Zugangsdaten in %1:</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>usage: orion credentials delete NAME; known: %1</source>
        <translation>Aufruf: orion credentials delete NAME; bekannt: %1</translation>
    </message>
    <message>
        <source>deleted %1 from %2</source>
        <translation>%1 aus %2 gelöscht</translation>
    </message>
    <message>
        <source>the configuration has problems:</source>
        <translation>die Konfiguration hat Probleme:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>usage: orion credentials import-env FILE</source>
        <translation>Aufruf: orion credentials import-env DATEI</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no KALSHI_*, POLYMARKET_* or TELEGRAM_* credential variables</source>
        <translation>%1 hat keine Zugangsdaten-Variablen KALSHI_*, POLYMARKET_* oder TELEGRAM_*</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; nichts wurde importiert</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>not imported (unknown name): %1</source>
        <translation>nicht importiert (unbekannter Name): %1</translation>
    </message>
    <message>
        <source>%1 credential(s) are now in %2.</source>
        <translation>%1 Zugangsdaten sind jetzt in %2.</translation>
    </message>
    <message>
        <source>%1 still holds them in plain text: delete it now (for example: shred -u %1).</source>
        <translation>%1 enthält sie noch im Klartext: Löschen Sie die Datei jetzt (zum Beispiel: shred -u %1).</translation>
    </message>
    <message>
        <source>Stores Kalshi, Polymarket and Telegram credentials in the keychain or an encrypted file.
Commands: set NAME | list | delete NAME | test | import-env FILE
Names: %1</source>
        <translation>Speichert Kalshi-, Polymarket- und Telegram-Zugangsdaten im Schlüsselbund oder in einer verschlüsselten Datei.
Befehle: set NAME | list | delete NAME | test | import-env DATEI
Namen: %1</translation>
    </message>
    <message>
        <source>keychain (default) or file.</source>
        <translation>keychain (Standard) oder file.</translation>
    </message>
    <message>
        <source>The encrypted credential file (default %1).</source>
        <translation>Die verschlüsselte Zugangsdatendatei (Standard %1).</translation>
    </message>
    <message>
        <source>Configuration whose database gets the audit entries.</source>
        <translation>Konfiguration, deren Datenbank die Prüfeinträge erhält.</translation>
    </message>
    <message>
        <source>--store must be keychain or file, not &quot;%1&quot;</source>
        <translation>--store muss keychain oder file sein, nicht „%1“</translation>
    </message>
    <message>
        <source>expected a command: %1</source>
        <translation>erwartet ein Befehl: %1</translation>
    </message>
</context>
<context>
    <name>orion::CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation>Gespeichert in: %1</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Paste the new value (it is never shown)</source>
        <translation>Neuen Wert einfügen (er wird nie angezeigt)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>An authenticated, read-only request to each venue</source>
        <translation>Eine authentifizierte, nur lesende Anfrage an jeden Handelsplatz</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Neuer Wert:</translation>
    </message>
    <message>
        <source>Stored %1: %2</source>
        <translation>%1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 - %3</source>
        <translation>%1: %2 - %3</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>orion::EncryptedFileCredentialStore</name>
    <message>
        <source>the master password is empty</source>
        <translation>das Master-Passwort ist leer</translation>
    </message>
    <message>
        <source>cannot read the credential file %1: %2</source>
        <translation>die Zugangsdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential file</source>
        <translation>%1 ist zu groß für eine Zugangsdatendatei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot decrypt %1: the master password is wrong, or the file was modified or damaged</source>
        <translation>%1 kann nicht entschlüsselt werden: Das Master-Passwort ist falsch oder die Datei wurde verändert oder beschädigt</translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation>verschlüsselte Datei %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the credential file %1: %2</source>
        <translation>die Zugangsdatendatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the credential file %1 (it is unchanged): %2</source>
        <translation>die Zugangsdatendatei %1 kann nicht geschrieben werden (sie ist unverändert): %2</translation>
    </message>
    <message>
        <source>%1 is not stored in %2</source>
        <translation>%1 ist nicht in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>orion::Engine</name>
    <message>
        <source>The engine cannot start: %1</source>
        <translation>Die Engine kann nicht starten: %1</translation>
    </message>
    <message>
        <source>not initialised</source>
        <translation>nicht initialisiert</translation>
    </message>
    <message>
        <source>The kill switch is engaged (%1). Reset it before starting.</source>
        <translation>Der Notaus ist ausgelöst (%1). Setzen Sie ihn vor dem Start zurück.</translation>
    </message>
    <message>
        <source>Parameters refused: %1</source>
        <translation>Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>Einstellungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The pair cannot be confirmed: the database is not open</source>
        <translation>Das Paar kann nicht bestätigt werden: Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The pair was not confirmed: %1</source>
        <translation>Das Paar wurde nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The pair cannot be rejected: the database is not open</source>
        <translation>Das Paar kann nicht abgelehnt werden: Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The pair was not rejected: %1</source>
        <translation>Das Paar wurde nicht abgelehnt: %1</translation>
    </message>
    <message>
        <source>kill switch engaged</source>
        <translation>Notaus ausgelöst</translation>
    </message>
    <message>
        <source>circuit breaker: %1</source>
        <translation>Schutzschalter: %1</translation>
    </message>
    <message>
        <source>book older than %1 ms</source>
        <translation>Orderbuch älter als %1 ms</translation>
    </message>
    <message>
        <source>edge below the threshold</source>
        <translation>Vorteil unter der Schwelle</translation>
    </message>
    <message>
        <source>below the minimum trade size</source>
        <translation>unter der Mindesthandelsgröße</translation>
    </message>
    <message>
        <source>dry-run mode</source>
        <translation>Probelauf-Modus</translation>
    </message>
    <message>
        <source>alert-only mode</source>
        <translation>Nur-Alarm-Modus</translation>
    </message>
    <message>
        <source>auto-execute is off</source>
        <translation>automatische Ausführung ist aus</translation>
    </message>
    <message>
        <source>engine not running</source>
        <translation>Engine läuft nicht</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Live trading needs credentials that are missing: %1. Store them with `orion credentials set NAME` or in the Credentials dialog.</source>
        <translation>Für den Echtgeldhandel fehlen Zugangsdaten: %1. Speichern Sie sie mit `orion credentials set NAME` oder im Dialog „Zugangsdaten“.</translation>
    </message>
    <message>
        <source>kill switch: %1</source>
        <translation>Notaus: %1</translation>
    </message>
    <message>
        <source>trade %1 %2: %3</source>
        <translation>Trade %1 %2: %3</translation>
    </message>
    <message>
        <source>trade %1 needs you: %2</source>
        <translation>Trade %1 braucht Sie: %2</translation>
    </message>
    <message>
        <source>reset by the user</source>
        <translation>vom Benutzer zurückgesetzt</translation>
    </message>
    <message>
        <source>The circuit breaker was not reset: %1</source>
        <translation>Der Schutzschalter wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>reconciling with the venues</source>
        <translation>Abgleich mit den Handelsplätzen</translation>
    </message>
</context>
<context>
    <name>orion::EngineController</name>
    <message>
        <source>kill button</source>
        <translation>Notaus-Knopf</translation>
    </message>
</context>
<context>
    <name>orion::FeeSchedule</name>
    <message>
        <source>&quot;%1&quot; is not a Kalshi fee type</source>
        <translation>„%1“ ist keine Kalshi-Gebührenart</translation>
    </message>
    <message>
        <source>Kalshi&apos;s flat fee table is not published in the API, so the fee is unknown</source>
        <translation>Kalshis Pauschalgebührentabelle ist nicht in der API veröffentlicht, daher ist die Gebühr unbekannt</translation>
    </message>
    <message>
        <source>a Kalshi fee multiplier of %1 is outside [0, 100]</source>
        <translation>ein Kalshi-Gebührenfaktor von %1 liegt außerhalb von [0, 100]</translation>
    </message>
    <message>
        <source>a fee precision of %1 does not divide one dollar</source>
        <translation>eine Gebührengenauigkeit von %1 teilt einen Dollar nicht</translation>
    </message>
    <message>
        <source>a Polymarket fee rate of %1 is outside [0, 1]</source>
        <translation>ein Polymarket-Gebührensatz von %1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>a Polymarket fee exponent of %1 is not supported (only 1 and 2)</source>
        <translation>ein Polymarket-Gebührenexponent von %1 wird nicht unterstützt (nur 1 und 2)</translation>
    </message>
    <message>
        <source>the market&apos;s fee schedule is not known</source>
        <translation>die Gebührenordnung des Marktes ist nicht bekannt</translation>
    </message>
    <message>
        <source>a fee for %1 contracts is out of range</source>
        <translation>eine Gebühr für %1 Kontrakte liegt außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>orion::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain (service &quot;%1&quot;)</source>
        <translation>macOS-Schlüsselbund (Dienst „%1“)</translation>
    </message>
    <message>
        <source>Windows Credential Manager (service &quot;%1&quot;)</source>
        <translation>Windows-Anmeldeinformationsverwaltung (Dienst „%1“)</translation>
    </message>
    <message>
        <source>Secret Service keyring (service &quot;%1&quot;)</source>
        <translation>Secret-Service-Schlüsselbund (Dienst „%1“)</translation>
    </message>
    <message>
        <source>%1 is not stored in the keychain</source>
        <translation>%1 ist nicht im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>the keychain refused %1: %2</source>
        <translation>der Schlüsselbund hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>orion::LogModel</name>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>orion::LogPanel</name>
    <message>
        <source>No log lines match the filter.</source>
        <translation>Keine Protokollzeilen passen zum Filter.</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
</context>
<context>
    <name>orion::MainWindow</name>
    <message>
        <source>Starting up</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>HALTED</source>
        <translation>NOTAUS</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation>Nur Alarme</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papierhandel</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ECHTGELD</translation>
    </message>
    <message>
        <source>Orion — arbitrage terminal</source>
        <translation>Orion — Arbitrage-Terminal</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Orders and fills</source>
        <translation>Orders und Ausführungen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Settings saved to %1</source>
        <translation>Einstellungen gespeichert in %1</translation>
    </message>
    <message>
        <source>Dry run: detect only · Alert only: detect and alert · Paper: simulated fills · Live: real orders with real money</source>
        <translation>Probelauf: nur erkennen · Nur Alarme: erkennen und melden · Papierhandel: simulierte Ausführungen · Echtgeld: echte Orders mit echtem Geld</translation>
    </message>
    <message>
        <source>Auto-&amp;execute</source>
        <translation>Automatisch &amp;ausführen</translation>
    </message>
    <message>
        <source>Trade tradable opportunities without asking (paper and live modes)</source>
        <translation>Handelbare Gelegenheiten ohne Rückfrage handeln (Papier- und Echtgeldmodus)</translation>
    </message>
    <message>
        <source>Reset &amp;breaker</source>
        <translation>Schutzschalter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Allow new trades again after the circuit breaker tripped</source>
        <translation>Nach Auslösen des Schutzschalters wieder neue Trades erlauben</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start trading in the selected mode</source>
        <translation>Handel im gewählten Modus starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop looking for and taking trades; open orders stay as they are</source>
        <translation>Keine Trades mehr suchen und eingehen; offene Orders bleiben bestehen</translation>
    </message>
    <message>
        <source>&amp;Reset kill switch</source>
        <translation>Notaus &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>KILL</source>
        <translation>NOTAUS</translation>
    </message>
    <message>
        <source>Halt at once and cancel every open order (%1)</source>
        <translation>Sofort anhalten und alle offenen Orders stornieren (%1)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save settings to config.yaml</source>
        <translation>Einstellungen in config.yaml &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes at the next start of Orion.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Orion.</translation>
    </message>
    <message>
        <source>Mode: %1 · auto-execute %2</source>
        <translation>Modus: %1 · automatische Ausführung %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Kill switch engaged: %1</source>
        <translation>Notaus ausgelöst: %1</translation>
    </message>
    <message>
        <source>Circuit breaker TRIPPED at %1: %2</source>
        <translation>Schutzschalter AUSGELÖST um %1: %2</translation>
    </message>
    <message>
        <source>Circuit breaker: armed, not tripped</source>
        <translation>Schutzschalter: scharf, nicht ausgelöst</translation>
    </message>
    <message>
        <source>Circuit breaker: armed (daily loss limit %1 of the bankroll)</source>
        <translation>Schutzschalter: scharf (Tagesverlustgrenze %1 des Kapitals)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>%1 (schema %2) · config: %3</source>
        <translation>%1 (Schema %2) · Konfiguration: %3</translation>
    </message>
    <message>
        <source>Kill at %1: no open orders to cancel; nothing will be sent until reset.</source>
        <translation>Notaus um %1: keine offenen Orders zu stornieren; bis zum Zurücksetzen wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Kill at %1: cancelled %n open order(s): %2</source>
        <translation>
            <numerusform>Notaus um %1: %n offene Order storniert: %2</numerusform>
            <numerusform>Notaus um %1: %n offene Orders storniert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Live mode sends real orders with real money to Kalshi and Polymarket.

Bankroll at risk: %1 of %2 (Kalshi %3, Polymarket %4; reserve %5 never traded).
Largest single trade: %6. Daily loss limit: %7 of the bankroll.</source>
        <translation>Im Echtgeldmodus gehen echte Orders mit echtem Geld an Kalshi und Polymarket.

Kapital im Risiko: %1 von %2 (Kalshi %3, Polymarket %4; Reserve %5 wird nie gehandelt).
Größter Einzeltrade: %6. Tagesverlustgrenze: %7 des Kapitals.</translation>
    </message>
    <message>
        <source>Money on the venues now: %1.</source>
        <translation>Derzeit auf den Handelsplätzen: %1.</translation>
    </message>
    <message>
        <source>Auto-execute is ON: trades start without asking.</source>
        <translation>Automatische Ausführung ist AN: Trades beginnen ohne Rückfrage.</translation>
    </message>
    <message>
        <source>Switch to live trading?</source>
        <translation>Zum Echtgeldhandel wechseln?</translation>
    </message>
    <message>
        <source>Trade live with real money</source>
        <translation>Mit echtem Geld handeln</translation>
    </message>
    <message>
        <source>Switching to live mode</source>
        <translation>Wechsel in den Echtgeldmodus</translation>
    </message>
    <message>
        <source>Live mode cancelled; the mode stays %1</source>
        <translation>Echtgeldmodus abgebrochen; der Modus bleibt %1</translation>
    </message>
    <message>
        <source>Stopping the engine…</source>
        <translation>Engine wird angehalten…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
</context>
<context>
    <name>orion::MatchCommand</name>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>die %1-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Pairs Kalshi and Polymarket markets that are the same event.</source>
        <translation>Paart Kalshi- und Polymarket-Märkte, die dasselbe Ereignis sind.</translation>
    </message>
    <message>
        <source>Kalshi catalogue: a GET /markets response, a JSON array or JSON lines.</source>
        <translation>Kalshi-Katalog: eine GET-/markets-Antwort, ein JSON-Array oder JSON-Zeilen.</translation>
    </message>
    <message>
        <source>Polymarket Gamma /markets array or JSON lines.</source>
        <translation>Polymarket-Gamma-/markets-Array oder JSON-Zeilen.</translation>
    </message>
    <message>
        <source>Write the pairs to &lt;file&gt; instead of standard output.</source>
        <translation>Die Paare in &lt;file&gt; statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Labelled pairs (CSV) to evaluate against; the report goes to standard error.</source>
        <translation>Beschriftete Paare (CSV) zur Auswertung; der Bericht geht auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Also list rejected candidate pairs.</source>
        <translation>Auch abgelehnte Kandidatenpaare auflisten.</translation>
    </message>
    <message>
        <source>Let pairs whose catalogues carry no rules text be &apos;auto&apos; (evaluation only; never for trading).</source>
        <translation>Paare ohne Regeltext in den Katalogen als &apos;auto&apos; zulassen (nur zur Auswertung, nie zum Handeln).</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>--kalshi FILE and --polymarket FILE are both required</source>
        <translation>--kalshi DATEI und --polymarket DATEI sind beide erforderlich</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>orion::Notional</name>
    <message>
        <source>%1 x %2 contracts is not a whole number of micro-dollars</source>
        <translation>%1 x %2 Kontrakte ergeben keine ganze Zahl von Mikrodollar</translation>
    </message>
    <message>
        <source>%1 x %2 contracts does not fit in int64 micro-dollars</source>
        <translation>%1 x %2 Kontrakte passen nicht in int64-Mikrodollar</translation>
    </message>
    <message>
        <source>a price of zero buys an unlimited quantity for %1</source>
        <translation>ein Preis von null kauft für %1 eine unbegrenzte Menge</translation>
    </message>
    <message>
        <source>the budget %1 is negative</source>
        <translation>das Budget %1 ist negativ</translation>
    </message>
    <message>
        <source>%1 at %2 does not buy a whole number of hundredths</source>
        <translation>%1 zu %2 kauft keine ganze Zahl von Hundertsteln</translation>
    </message>
    <message>
        <source>%1 at %2 buys more hundredths than fit in int64</source>
        <translation>%1 zu %2 kauft mehr Hundertstel, als in int64 passen</translation>
    </message>
</context>
<context>
    <name>orion::OpportunityFeedPanel</name>
    <message>
        <source>No opportunities right now: no pair&apos;s books give a locked-in profit above the threshold after fees.</source>
        <translation>Derzeit keine Gelegenheiten: Kein Paar bietet nach Gebühren einen gesicherten Gewinn über der Schwelle.</translation>
    </message>
    <message>
        <source>The opportunity feed starts once the market data and the detector are connected to the engine. Nothing is connected yet.</source>
        <translation>Die Gelegenheiten erscheinen, sobald Marktdaten und Detektor mit der Engine verbunden sind. Noch ist nichts verbunden.</translation>
    </message>
    <message>
        <source>%1 open · %2 tradable · best edge %3 per contract</source>
        <translation>%1 offen · %2 handelbar · bester Vorteil %3 je Kontrakt</translation>
    </message>
</context>
<context>
    <name>orion::OrdersPanel</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Orders and fills appear here once the executor is connected to the engine. No order can be sent yet.</source>
        <translation>Orders und Ausführungen erscheinen hier, sobald der Ausführer mit der Engine verbunden ist. Noch kann keine Order gesendet werden.</translation>
    </message>
    <message>
        <source>No orders yet today.</source>
        <translation>Heute noch keine Orders.</translation>
    </message>
    <message>
        <source>No fills yet today.</source>
        <translation>Heute noch keine Ausführungen.</translation>
    </message>
</context>
<context>
    <name>orion::PairReviewPanel</name>
    <message>
        <source>Same polarity (YES = first outcome)</source>
        <translation>Gleiche Polarität (JA = erstes Ergebnis)</translation>
    </message>
    <message>
        <source>Inverse polarity (YES = second outcome)</source>
        <translation>Umgekehrte Polarität (JA = zweites Ergebnis)</translation>
    </message>
    <message>
        <source>Note (optional): why you decided</source>
        <translation>Notiz (optional): warum Sie so entschieden haben</translation>
    </message>
    <message>
        <source>&amp;Confirm pair</source>
        <translation>Paar &amp;bestätigen</translation>
    </message>
    <message>
        <source>Trade this pair with the chosen polarity, whatever the matcher said</source>
        <translation>Dieses Paar mit der gewählten Polarität handeln, unabhängig vom Abgleich</translation>
    </message>
    <message>
        <source>Re&amp;ject pair</source>
        <translation>Paar a&amp;blehnen</translation>
    </message>
    <message>
        <source>Never trade this pair, whatever its score</source>
        <translation>Dieses Paar nie handeln, unabhängig von seiner Bewertung</translation>
    </message>
    <message>
        <source>No matched pairs yet. Run “orion match” on the venues&apos; catalogues to propose pairs; they appear here for review.</source>
        <translation>Noch keine Paare. Führen Sie „orion match“ mit den Katalogen der Handelsplätze aus, um Paare vorzuschlagen; sie erscheinen hier zur Prüfung.</translation>
    </message>
    <message>
        <source>Pairs appear here once the engine has opened its database.</source>
        <translation>Paare erscheinen hier, sobald die Engine ihre Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <source>%1 pairs · %2 tradable · %3 waiting for review</source>
        <translation>%1 Paare · %2 handelbar · %3 warten auf Prüfung</translation>
    </message>
</context>
<context>
    <name>orion::ParamsEditor</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Wirkt</translation>
    </message>
    <message>
        <source>&amp;Save to config.yaml</source>
        <translation>In config.yaml &amp;speichern</translation>
    </message>
    <message>
        <source>Write the active parameters to the configuration file (the previous file is kept as .bak); every changed key is recorded</source>
        <translation>Die aktiven Parameter in die Konfigurationsdatei schreiben (die vorige Datei bleibt als .bak erhalten); jeder geänderte Schlüssel wird protokolliert</translation>
    </message>
    <message>
        <source>Double-click a value to change it. Changes apply to the running engine at once; those marked “next start” take effect when trading starts again.</source>
        <translation>Doppelklicken Sie auf einen Wert, um ihn zu ändern. Änderungen gelten sofort für die laufende Engine; die mit „nächster Start“ markierten wirken, sobald der Handel neu startet.</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>next start</source>
        <translation>nächster Start</translation>
    </message>
    <message>
        <source>Use the mode selector at the top: going live needs a confirmation</source>
        <translation>Verwenden Sie die Modusauswahl oben: Echtgeld erfordert eine Bestätigung</translation>
    </message>
    <message>
        <source>Not loaded from a file: Save asks where to write config.yaml.</source>
        <translation>Nicht aus einer Datei geladen: Speichern fragt, wohin config.yaml geschrieben wird.</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <source>%1 cannot be edited here</source>
        <translation>%1 kann hier nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>%1 set to %2 and applied to the engine.</source>
        <translation>%1 auf %2 gesetzt und an die Engine übergeben.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Refused, the value stays %1: %2</source>
        <translation>Abgelehnt, der Wert bleibt %1: %2</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>orion::PerformancePanel</name>
    <message>
        <source>Total P&amp;L</source>
        <translation>G&amp;V gesamt</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <source>Unrealised</source>
        <translation>Unrealisiert</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Saldo im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cumulative P&amp;L</source>
        <translation>Kumulierte G&amp;V</translation>
    </message>
    <message>
        <source>Performance figures appear once the portfolio ledger is connected to the engine. No trades are recorded yet, so every figure reads “—”.</source>
        <translation>Die Kennzahlen erscheinen, sobald das Portfolio-Hauptbuch mit der Engine verbunden ist. Noch sind keine Trades erfasst, daher steht überall „—“.</translation>
    </message>
    <message>
        <source>too few days</source>
        <translation>zu wenige Tage</translation>
    </message>
    <message>
        <source>%1 (%2 won)</source>
        <translation>%1 (%2 gewonnen)</translation>
    </message>
</context>
<context>
    <name>orion::PositionsPanel</name>
    <message>
        <source>No open positions.</source>
        <translation>Keine offenen Positionen.</translation>
    </message>
    <message>
        <source>Positions appear here once the portfolio ledger is connected to the engine. Nothing is tracked yet.</source>
        <translation>Positionen erscheinen hier, sobald das Portfolio-Hauptbuch mit der Engine verbunden ist. Noch wird nichts verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s) · cost %1 · P&amp;L %2 · locked in %3</source>
        <translation>
            <numerusform>%n offene Position · Kosten %1 · G&amp;V %2 · gesichert %3</numerusform>
            <numerusform>%n offene Positionen · Kosten %1 · G&amp;V %2 · gesichert %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orion::Price</name>
    <message>
        <source>%1 is above 1 dollar; a price is between 0 and 1</source>
        <translation>%1 liegt über 1 Dollar; ein Preis liegt zwischen 0 und 1</translation>
    </message>
    <message>
        <source>%1 micro-dollars is negative; a price is between 0 and 1</source>
        <translation>%1 Mikrodollar ist negativ; ein Preis liegt zwischen 0 und 1</translation>
    </message>
    <message>
        <source>%1 micro-dollars</source>
        <translation>%1 Mikrodollar</translation>
    </message>
    <message>
        <source>the price %1 is not a whole number of cents</source>
        <translation>der Preis %1 ist keine ganze Zahl von Cent</translation>
    </message>
</context>
<context>
    <name>orion::Quantity</name>
    <message>
        <source>the step %1 is not a positive quantity</source>
        <translation>der Schritt %1 ist keine positive Menge</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 ist kein Vielfaches von %2</translation>
    </message>
    <message>
        <source>%1 rounded to a multiple of %2 does not fit</source>
        <translation>%1, auf ein Vielfaches von %2 gerundet, passt nicht</translation>
    </message>
</context>
<context>
    <name>orion::Ratio</name>
    <message>
        <source>%1 of %2 is not a whole number of micro-dollars</source>
        <translation>%1 von %2 ist keine ganze Zahl von Mikrodollar</translation>
    </message>
    <message>
        <source>%1 of %2 does not fit in int64 micro-dollars</source>
        <translation>%1 von %2 passt nicht in int64-Mikrodollar</translation>
    </message>
</context>
<context>
    <name>orion::ReportCommand</name>
    <message>
        <source>Prints the ledger summary of one trading mode from the database.</source>
        <translation>Gibt die Hauptbuch-Zusammenfassung eines Handelsmodus aus der Datenbank aus.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>paper or live (default: engine.mode when it is one of them, else paper).</source>
        <translation>paper oder live (Standard: engine.mode, wenn es eines davon ist, sonst paper).</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt;.</source>
        <translation>Die Konfiguration aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Database URL instead of database.url, e.g. sqlite:///orion.db.</source>
        <translation>Datenbank-URL statt database.url, z. B. sqlite:///orion.db.</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format erwartet text oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--mode takes paper or live, not &quot;%1&quot;</source>
        <translation>--mode erwartet paper oder live, nicht „%1“</translation>
    </message>
    <message>
        <source>the configuration has %1 problem(s):</source>
        <translation>die Konfiguration hat %1 Problem(e):</translation>
    </message>
    <message>
        <source>database.url is an in-memory database, which keeps no ledger</source>
        <translation>database.url ist eine In-Memory-Datenbank, die kein Hauptbuch führt</translation>
    </message>
    <message>
        <source>there is no database at %1 (database.url: %2); the engine creates it on its first run, or create it with orion --init-db</source>
        <translation>unter %1 gibt es keine Datenbank (database.url: %2); die Engine legt sie beim ersten Lauf an, oder legen Sie sie mit orion --init-db an</translation>
    </message>
    <message>
        <source>cannot read the database %1</source>
        <translation>die Datenbank %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Orion database (it has no schema); create it with orion --init-db</source>
        <translation>%1 ist keine Orion-Datenbank (sie hat kein Schema); legen Sie sie mit orion --init-db an</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>orion::StoreCredentialService</name>
    <message>
        <source>unknown credential &quot;%1&quot;</source>
        <translation>unbekannte Zugangsdaten „%1“</translation>
    </message>
    <message>
        <source>not configured: missing %1</source>
        <translation>nicht eingerichtet: %1 fehlt</translation>
    </message>
    <message>
        <source>credentials are stored, but this build has no authenticated check for %1</source>
        <translation>Zugangsdaten sind gespeichert, aber dieser Build hat keine authentifizierte Prüfung für %1</translation>
    </message>
</context>
<context>
    <name>orion::TradingPipeline</name>
    <message>
        <source>The ledger could not be rebuilt: %1</source>
        <translation>Das Hauptbuch konnte nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Kalshi cannot be used: %1</source>
        <translation>Kalshi kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Kalshi credentials are missing (kalshi.key_id, kalshi.private_key): Kalshi&apos;s market feed needs them. Store them with `orion credentials set`.</source>
        <translation>Kalshi-Zugangsdaten fehlen (kalshi.key_id, kalshi.private_key): Kalshis Marktdaten-Feed braucht sie. Speichern Sie sie mit `orion credentials set`.</translation>
    </message>
    <message>
        <source>Polymarket cannot be used: %1</source>
        <translation>Polymarket kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The execution mode stays %1: %2</source>
        <translation>Der Ausführungsmodus bleibt %1: %2</translation>
    </message>
    <message>
        <source>Live trading cannot start: missing %1</source>
        <translation>Der Echtgeldhandel kann nicht starten: %1 fehlt</translation>
    </message>
    <message>
        <source>Reconciliation: %1</source>
        <translation>Abgleich: %1</translation>
    </message>
    <message>
        <source>the journal could not be reconciled with the venues; nothing is traded until it is (restart once the venues answer)</source>
        <translation>das Journal konnte nicht mit den Handelsplätzen abgeglichen werden; bis dahin wird nichts gehandelt (neu starten, sobald die Handelsplätze antworten)</translation>
    </message>
    <message>
        <source>Unfinished trades could not be resumed: %1</source>
        <translation>Unfertige Trades konnten nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Paper positions could not be restored: %1</source>
        <translation>Papierhandelspositionen konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation>Paarbildung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The matched pairs were not stored: %1</source>
        <translation>Die gebildeten Paare wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Rebalance suggested: move $%1 from %2 to %3 (%4)</source>
        <translation>Umschichtung empfohlen: $%1 von %2 nach %3 verschieben (%4)</translation>
    </message>
</context>
</TS>
