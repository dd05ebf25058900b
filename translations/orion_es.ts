<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event needs a time (%1/%2).</source>
        <translation>Un evento de auditoría necesita una hora (%1/%2).</translation>
    </message>
    <message>
        <source>An audit event needs a category and an action (got &quot;%1&quot; and &quot;%2&quot;).</source>
        <translation>Un evento de auditoría necesita una categoría y una acción (se obtuvo «%1» y «%2»).</translation>
    </message>
    <message>
        <source>Cannot append %1/%2 to the audit log</source>
        <translation>No se puede añadir %1/%2 al registro de auditoría</translation>
    </message>
    <message>
        <source>Cannot read the audit log</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <source>Venue</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>In positions</source>
        <translation>En posiciones</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Start of day</source>
        <translation>Inicio del día</translation>
    </message>
    <message>
        <source>Change today</source>
        <translation>Cambio hoy</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Orion finds and trades arbitrage between Kalshi and Polymarket.</source>
        <translation>Orion encuentra y opera arbitrajes entre Kalshi y Polymarket.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt;.</source>
        <translation>Leer la configuración de &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Run headless until SIGINT/SIGTERM.</source>
        <translation>Ejecutar sin interfaz hasta SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <source>Dry-run mode: send no orders at all.</source>
        <translation>Modo simulacro: no enviar ninguna orden.</translation>
    </message>
    <message>
        <source>Create or migrate the database, print the schema version and exit.</source>
        <translation>Crear o migrar la base de datos, mostrar la versión del esquema y salir.</translation>
    </message>
    <message>
        <source>Minimum edge per contract in dollars (trading.threshold_spread), e.g. 0.02.</source>
        <translation>Ventaja mínima por contrato en dólares (trading.threshold_spread), p. ej. 0.02.</translation>
    </message>
    <message>
        <source>Execute opportunities automatically: true or false.</source>
        <translation>Ejecutar oportunidades automáticamente: true o false.</translation>
    </message>
    <message>
        <source>debug, info, warning, error or critical.</source>
        <translation>debug, info, warning, error o critical.</translation>
    </message>
    <message>
        <source>Paper trading against the built-in venue simulator.</source>
        <translation>Operativa en papel contra el simulador integrado.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumento inesperado «%1»; vea --help</translation>
    </message>
    <message>
        <source>--config needs a file name</source>
        <translation>--config necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--dry-run and --demo choose different modes; give one</source>
        <translation>--dry-run y --demo eligen modos distintos; indique uno</translation>
    </message>
    <message>
        <source>--auto-execute takes true or false, not &quot;%1&quot;</source>
        <translation>--auto-execute admite true o false, no «%1»</translation>
    </message>
    <message>
        <source>Allow a headless run to trade live with real money (engine.mode: live).</source>
        <translation>Permitir que una ejecución sin interfaz opere con dinero real (engine.mode: live).</translation>
    </message>
</context>
<context>
    <name>ConfigChangeRepository</name>
    <message>
        <source>The change of &quot;%1&quot; has no time.</source>
        <translation>El cambio de «%1» no tiene hora.</translation>
    </message>
    <message>
        <source>A configuration change needs the key that changed.</source>
        <translation>Un cambio de configuración necesita la clave que cambió.</translation>
    </message>
    <message>
        <source>Cannot record the change of &quot;%1&quot;</source>
        <translation>No se puede registrar el cambio de «%1»</translation>
    </message>
    <message>
        <source>Cannot read the configuration history</source>
        <translation>No se puede leer el historial de configuración</translation>
    </message>
</context>
<context>
    <name>ConfigText</name>
    <message>
        <source>command line: %1</source>
        <translation>línea de órdenes: %1</translation>
    </message>
    <message>
        <source>command line: %1: %2</source>
        <translation>línea de órdenes: %1: %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>debe estar entre %1 y %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>%1 is finer than a millisecond; use at most 3 decimals</source>
        <translation>%1 es más fino que un milisegundo; use como mucho 3 decimales</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>must be empty or a 0x address of 40 hex digits</source>
        <translation>debe estar vacío o ser una dirección 0x de 40 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>%1 is not a supported database URL: %2. Use sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite:///:memory:</source>
        <translation>%1 no es una URL de base de datos admitida: %2. Use sqlite:///ruta/relativa.db, sqlite:////ruta/absoluta.db o sqlite:///:memory:</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it has leading or trailing spaces</source>
        <translation>tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>only sqlite is supported</source>
        <translation>solo se admite sqlite</translation>
    </message>
    <message>
        <source>it does not start with sqlite:///</source>
        <translation>no empieza por sqlite:///</translation>
    </message>
    <message>
        <source>it names no file</source>
        <translation>no indica ningún archivo</translation>
    </message>
    <message>
        <source>query parameters and fragments are not supported</source>
        <translation>no se admiten parámetros de consulta ni fragmentos</translation>
    </message>
    <message>
        <source>it names a directory, not a file</source>
        <translation>indica un directorio, no un archivo</translation>
    </message>
    <message>
        <source>has leading or trailing spaces</source>
        <translation>tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>names a directory; give a file such as logs/arbitrage.log</source>
        <translation>indica un directorio; indique un archivo como logs/arbitrage.log</translation>
    </message>
    <message>
        <source>&quot;auto&quot; is only for venues.simulator; give the venue&apos;s URL</source>
        <translation>«auto» solo vale para venues.simulator; indique la URL de la plataforma</translation>
    </message>
    <message>
        <source>%1 is not a URL; write auto or a loopback URL such as http://127.0.0.1:8080</source>
        <translation>%1 no es una URL; escriba auto o una URL local como http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>%1 is not a URL</source>
        <translation>%1 no es una URL</translation>
    </message>
    <message>
        <source>must not contain a user name or password; credentials belong in the credential store</source>
        <translation>no debe contener usuario ni contraseña; las credenciales van en el almacén de credenciales</translation>
    </message>
    <message>
        <source>must not have a query (?…) or fragment (#…)</source>
        <translation>no debe tener consulta (?…) ni fragmento (#…)</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>must start with ws:// or wss://</source>
        <translation>debe empezar por ws:// o wss://</translation>
    </message>
    <message>
        <source>the simulator runs on this machine, so the host must be 127.0.0.1, ::1 or localhost, got %1</source>
        <translation>el simulador se ejecuta en esta máquina, así que el host debe ser 127.0.0.1, ::1 o localhost; se obtuvo %1</translation>
    </message>
    <message>
        <source>must start with https://; exchanges are only reached over TLS</source>
        <translation>debe empezar por https://; a los mercados solo se accede por TLS</translation>
    </message>
    <message>
        <source>must start with wss://; exchanges are only reached over TLS</source>
        <translation>debe empezar por wss://; a los mercados solo se accede por TLS</translation>
    </message>
    <message>
        <source>a price in dollars per contract such as 0.02</source>
        <translation>un precio en dólares por contrato como 0.02</translation>
    </message>
    <message>
        <source>an amount in dollars such as 10 or 12.50</source>
        <translation>un importe en dólares como 10 o 12.50</translation>
    </message>
    <message>
        <source>a fraction such as 0.05 (for 5%)</source>
        <translation>una fracción como 0.05 (para el 5 %)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number of seconds such as 1 or 0.5</source>
        <translation>un número de segundos como 1 o 0.5</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>una URL</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1, got %1 + %2 + %3 = %4</source>
        <translation>kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct debe ser como mucho 1; se obtuvo %1 + %2 + %3 = %4</translation>
    </message>
    <message>
        <source>%1 is more than the largest trade allowed, %2 (trading.max_trade_size_pct %3 of capital.initial_bankroll %4), so nothing would ever trade</source>
        <translation>%1 supera la mayor operación permitida, %2 (trading.max_trade_size_pct %3 de capital.initial_bankroll %4), así que nunca se operaría</translation>
    </message>
    <message>
        <source>%1 is less than trading.min_trade_size_usd %2, so no trade would fit within it</source>
        <translation>%1 es menor que trading.min_trade_size_usd %2, así que ninguna operación cabría</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿quiso decir %1?</translation>
    </message>
    <message>
        <source>%1 is not a setting%2</source>
        <translation>%1 no es un ajuste%2</translation>
    </message>
</context>
<context>
    <name>CredentialCatalog</name>
    <message>
        <source>Kalshi API key id</source>
        <translation>Id de clave API de Kalshi</translation>
    </message>
    <message>
        <source>Kalshi RSA private key (PEM)</source>
        <translation>Clave privada RSA de Kalshi (PEM)</translation>
    </message>
    <message>
        <source>Polymarket wallet private key</source>
        <translation>Clave privada del monedero de Polymarket</translation>
    </message>
    <message>
        <source>Polymarket API key</source>
        <translation>Clave API de Polymarket</translation>
    </message>
    <message>
        <source>Polymarket API secret</source>
        <translation>Secreto API de Polymarket</translation>
    </message>
    <message>
        <source>Polymarket API passphrase</source>
        <translation>Frase de paso API de Polymarket</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Token del bot de Telegram</translation>
    </message>
    <message>
        <source>Telegram chat id</source>
        <translation>Id del chat de Telegram</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>unknown credential &quot;%1&quot; (known: %2)</source>
        <translation>credencial desconocida «%1» (conocidas: %2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the directory %1 for the database %2.</source>
        <translation>No se puede crear el directorio %1 para la base de datos %2.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed, so the database %1 cannot be opened.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado, así que no se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database (%2).</source>
        <translation>%1 no es una base de datos SQLite utilizable (%2).</translation>
    </message>
    <message>
        <source>The SQLite library in use cannot enforce foreign keys, which Orion&apos;s database needs.</source>
        <translation>La biblioteca SQLite en uso no puede imponer claves foráneas, que la base de datos de Orion necesita.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>No se puede leer la versión del esquema de %1</translation>
    </message>
    <message>
        <source>The database %1 records schema version %2 in its schema_migrations table but %3 in its header (PRAGMA user_version), so it was changed outside Orion. Restore a backup or choose another database file.</source>
        <translation>La base de datos %1 registra la versión de esquema %2 en su tabla schema_migrations pero %3 en su cabecera (PRAGMA user_version), así que se modificó fuera de Orion. Restaure una copia o elija otro archivo.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this build of Orion only knows versions up to %3. It was written by a newer Orion: run that version, or choose another database file.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, pero esta versión de Orion solo conoce hasta la %3. La escribió un Orion más reciente: use esa versión o elija otro archivo.</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;</source>
        <translation>No se puede ejecutar «%1»</translation>
    </message>
    <message>
        <source>The database cannot be migrated from inside a transaction.</source>
        <translation>La base de datos no se puede migrar dentro de una transacción.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of %3</source>
        <translation>Migración %1 (%2) de %3</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 no pudo empezar: %2</translation>
    </message>
    <message>
        <source>%1 failed at &quot;%2&quot;</source>
        <translation>%1 falló en «%2»</translation>
    </message>
    <message>
        <source>%1 could not be recorded</source>
        <translation>%1 no se pudo registrar</translation>
    </message>
    <message>
        <source>%1 could not be committed: %2</source>
        <translation>%1 no se pudo confirmar: %2</translation>
    </message>
    <message>
        <source>Cannot list the tables of %1</source>
        <translation>No se pueden listar las tablas de %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>sqlite:///relative/path.db (relative to the working directory), sqlite:////absolute/path.db or sqlite:///:memory:</source>
        <translation>sqlite:///ruta/relativa.db (relativa al directorio de trabajo), sqlite:////ruta/absoluta.db o sqlite:///:memory:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database URL: %2. Use %3.</source>
        <translation>«%1» no es una URL de base de datos admitida: %2. Use %3.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it has leading or trailing spaces</source>
        <translation>tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>it has no scheme</source>
        <translation>no tiene esquema</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not supported, only &quot;sqlite&quot; is</source>
        <translation>el esquema «%1» no se admite, solo «sqlite»</translation>
    </message>
    <message>
        <source>a sqlite URL has no host, so it starts with three slashes</source>
        <translation>una URL sqlite no tiene host, así que empieza con tres barras</translation>
    </message>
    <message>
        <source>it names no file</source>
        <translation>no indica ningún archivo</translation>
    </message>
    <message>
        <source>query parameters and fragments are not supported</source>
        <translation>no se admiten parámetros de consulta ni fragmentos</translation>
    </message>
    <message>
        <source>it names a directory, not a file</source>
        <translation>indica un directorio, no un archivo</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>resolviéndose</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>mercado %2 de %1</translation>
    </message>
</context>
<context>
    <name>EnvFileImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>FillsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidez</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Fill %1 of order %2</source>
        <translation>Ejecución %1 de la orden %2</translation>
    </message>
    <message>
        <source>taker</source>
        <translation>tomador</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>creador</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
</context>
<context>
    <name>FixedPointDecimal</name>
    <message>
        <source>%1 is not a plain decimal number: %2</source>
        <translation>%1 no es un número decimal simple: %2</translation>
    </message>
    <message>
        <source>NaN and infinity are not amounts</source>
        <translation>NaN e infinito no son importes</translation>
    </message>
    <message>
        <source>spaces are not accepted</source>
        <translation>no se admiten espacios</translation>
    </message>
    <message>
        <source>a leading &apos;+&apos; is not accepted</source>
        <translation>no se admite un &apos;+&apos; inicial</translation>
    </message>
    <message>
        <source>&apos;-&apos; is only accepted once, in front</source>
        <translation>&apos;-&apos; solo se admite una vez, delante</translation>
    </message>
    <message>
        <source>&apos;,&apos; is not accepted; the decimal separator is &apos;.&apos; and digits are not grouped</source>
        <translation>&apos;,&apos; no se admite; el separador decimal es &apos;.&apos; y las cifras no se agrupan</translation>
    </message>
    <message>
        <source>it has more than one decimal point</source>
        <translation>tiene más de un punto decimal</translation>
    </message>
    <message>
        <source>exponents are not accepted</source>
        <translation>no se admiten exponentes</translation>
    </message>
    <message>
        <source>only the ASCII digits 0-9 are accepted</source>
        <translation>solo se admiten los dígitos ASCII 0-9</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a digit</source>
        <translation>&apos;%1&apos; no es un dígito</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it needs a digit before the decimal point</source>
        <translation>necesita un dígito antes del punto decimal</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>no tiene dígitos</translation>
    </message>
    <message>
        <source>it needs a digit after the decimal point</source>
        <translation>necesita un dígito después del punto decimal</translation>
    </message>
    <message>
        <source>%1 is negative; %2 cannot be negative</source>
        <translation>%1 es negativo; %2 no puede ser negativo</translation>
    </message>
    <message>
        <source>%1 must be a whole number, without a decimal point</source>
        <translation>%1 debe ser un número entero, sin punto decimal</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; at most %3 are allowed</source>
        <translation>%1 tiene %2 decimales; se admiten como mucho %3</translation>
    </message>
    <message>
        <source>%1 has %2 significant decimals; at most %3 are allowed</source>
        <translation>%1 tiene %2 decimales significativos; se admiten como mucho %3</translation>
    </message>
    <message>
        <source>%1 is out of range; %2 must be between %3 and %4</source>
        <translation>%1 está fuera de rango; %2 debe estar entre %3 y %4</translation>
    </message>
</context>
<context>
    <name>LedgerReportFormatter</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>n/a (fewer than 2 finished trades)</source>
        <translation>n/d (menos de 2 operaciones terminadas)</translation>
    </message>
    <message>
        <source> (per trade, not annualised)</source>
        <translation> (por operación, no anualizado)</translation>
    </message>
    <message>
        <source>Orion ledger report: %1 mode, %2 (local time)</source>
        <translation>Informe del libro de Orion: modo %1, %2 (hora local)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>No balance recorded yet.</source>
        <translation>Aún no hay ningún saldo registrado.</translation>
    </message>
    <message>
        <source>available %1  positions %2  total %3  as of %4</source>
        <translation>disponible %1  posiciones %2  total %3  a fecha de %4</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>No trades yet in %1 mode.</source>
        <translation>Aún no hay operaciones en modo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Open positions (%n pair(s))</source>
        <translation>
            <numerusform>Posiciones abiertas (%n par)</numerusform>
            <numerusform>Posiciones abiertas (%n pares)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no contracts are held.</source>
        <translation>Ninguna: no se mantiene ningún contrato.</translation>
    </message>
    <message>
        <source>Pair %1 (trades %2)</source>
        <translation>Par %1 (operaciones %2)</translation>
    </message>
    <message>
        <source>hedged %1 contracts, locked-in %2</source>
        <translation>cubiertos %1 contratos, asegurado %2</translation>
    </message>
    <message>
        <source>UNHEDGED %1 contracts: %2 at cost, %3 marked</source>
        <translation>SIN CUBRIR %1 contratos: %2 a coste, %3 a valor de mercado</translation>
    </message>
    <message>
        <source>Unhedged exposure: %1 contracts, %2 at cost, %3 marked (P&amp;L %4)</source>
        <translation>Exposición sin cubrir: %1 contratos, %2 a coste, %3 a valor de mercado (PyG %4)</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>PyG</translation>
    </message>
    <message>
        <source>Locked-in (hedged, paid at resolution)</source>
        <translation>Asegurado (cubierto, se cobra en la resolución)</translation>
    </message>
    <message>
        <source>Realised (unwinds and repairs)</source>
        <translation>Realizado (cierres y reparaciones)</translation>
    </message>
    <message>
        <source>Unhedged legs at their marks</source>
        <translation>Patas sin cubrir a su valor de mercado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Today (since %1, %n trade(s))</source>
        <translation>
            <numerusform>Hoy (desde %1, %n operación)</numerusform>
            <numerusform>Hoy (desde %1, %n operaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trades: %1 (%2 hedged, %3 flat, %4 open)</source>
        <translation>Operaciones: %1 (%2 cubiertas, %3 cerradas, %4 abiertas)</translation>
    </message>
    <message>
        <source>(%1 earlier trade(s) not listed; --format json lists all)</source>
        <translation>(operaciones anteriores no listadas: %1; --format json las lista todas)</translation>
    </message>
    <message>
        <source>hedged %1  P&amp;L %2</source>
        <translation>cubierto %1  PyG %2</translation>
    </message>
    <message>
        <source>(unhedged %1)</source>
        <translation>(sin cubrir %1)</translation>
    </message>
    <message numerus="yes">
        <source>Metrics (%n finished trade(s); open trades count as marked)</source>
        <translation>
            <numerusform>Métricas (%n operación terminada; las abiertas cuentan a valor de mercado)</numerusform>
            <numerusform>Métricas (%n operaciones terminadas; las abiertas cuentan a valor de mercado)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished P&amp;L</source>
        <translation>PyG cerrada</translation>
    </message>
    <message>
        <source>Open P&amp;L</source>
        <translation>PyG abierta</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Caída máxima</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
</context>
<context>
    <name>LedgerReportReader</name>
    <message>
        <source>Cannot read the %1 trades</source>
        <translation>No se pueden leer las operaciones del modo %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 fills</source>
        <translation>No se pueden leer las ejecuciones del modo %1</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>The ledger is kept for paper and live mode only, not &quot;%1&quot;</source>
        <translation>El libro solo se lleva en los modos papel y real, no en «%1»</translation>
    </message>
    <message>
        <source>Cannot replace the %1 positions</source>
        <translation>No se pueden reemplazar las posiciones del modo %1</translation>
    </message>
    <message>
        <source>Cannot store the %1 position on %2</source>
        <translation>No se puede guardar la posición del modo %1 en %2</translation>
    </message>
    <message>
        <source>Cannot record the %1 balance on %2</source>
        <translation>No se puede registrar el saldo del modo %1 en %2</translation>
    </message>
    <message>
        <source>Cannot read the %1 positions</source>
        <translation>No se pueden leer las posiciones del modo %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 balances</source>
        <translation>No se pueden leer los saldos del modo %1</translation>
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
        <translation>Evento</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Edge / contract</source>
        <translation>Ventaja / contrato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Kalshi price</source>
        <translation>Precio Kalshi</translation>
    </message>
    <message>
        <source>Polymarket price</source>
        <translation>Precio Polymarket</translation>
    </message>
    <message>
        <source>Kalshi book</source>
        <translation>Libro Kalshi</translation>
    </message>
    <message>
        <source>Polymarket book</source>
        <translation>Libro Polymarket</translation>
    </message>
    <message>
        <source>Tradable?</source>
        <translation>¿Negociable?</translation>
    </message>
    <message>
        <source>gone from the books</source>
        <translation>desaparecida de los libros</translation>
    </message>
    <message>
        <source>book unusable</source>
        <translation>libro inutilizable</translation>
    </message>
    <message>
        <source>fee unknown</source>
        <translation>comisión desconocida</translation>
    </message>
    <message>
        <source>pair removed</source>
        <translation>par eliminado</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>cerrada: %1</translation>
    </message>
    <message>
        <source>tradable</source>
        <translation>negociable</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>bloqueada: %1</translation>
    </message>
    <message>
        <source>K %1 + P %2</source>
        <translation>K %1 + P %2</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>SÍ</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>executing</source>
        <translation>ejecutándose</translation>
    </message>
    <message>
        <source>traded</source>
        <translation>negociada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>%1; now blocked: %2</source>
        <translation>%1; ahora bloqueada: %2</translation>
    </message>
</context>
<context>
    <name>OpportunityRepository</name>
    <message>
        <source>Cannot look up the pair of opportunity %1</source>
        <translation>No se puede consultar el par de la oportunidad %1</translation>
    </message>
    <message>
        <source>The pair %1 / %2 is not in market_pairs</source>
        <translation>El par %1 / %2 no está en market_pairs</translation>
    </message>
    <message>
        <source>Cannot record opportunity %1</source>
        <translation>No se puede registrar la oportunidad %1</translation>
    </message>
    <message>
        <source>Opportunity %1 was never recorded as opened</source>
        <translation>La oportunidad %1 nunca se registró como abierta</translation>
    </message>
    <message>
        <source>Cannot mark opportunity %1 as blocked</source>
        <translation>No se puede marcar la oportunidad %1 como bloqueada</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <source>Avg. fill</source>
        <translation>Ejecución media</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>working</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>partially filled</source>
        <translation>parcialmente ejecutada</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>ejecutada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>SÍ</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>buy %1</source>
        <translation>comprar %1</translation>
    </message>
    <message>
        <source>sell %1</source>
        <translation>vender %1</translation>
    </message>
    <message>
        <source>Client order %1, venue order %2</source>
        <translation>Orden propia %1, orden de la plataforma %2</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Kalshi market</source>
        <translation>Mercado Kalshi</translation>
    </message>
    <message>
        <source>Polymarket market</source>
        <translation>Mercado Polymarket</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polaridad</translation>
    </message>
    <message>
        <source>Matcher</source>
        <translation>Emparejador</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Tradable</source>
        <translation>Negociable</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>inverse</source>
        <translation>inversa</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>YES</source>
        <translation>SÍ</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kalshi leg</source>
        <translation>Pata Kalshi</translation>
    </message>
    <message>
        <source>Kalshi mark</source>
        <translation>Valoración Kalshi</translation>
    </message>
    <message>
        <source>Polymarket leg</source>
        <translation>Pata Polymarket</translation>
    </message>
    <message>
        <source>Polymarket mark</source>
        <translation>Valoración Polymarket</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Mark value</source>
        <translation>Valor de mercado</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>PyG</translation>
    </message>
    <message>
        <source>Locked in</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Resolves in</source>
        <translation>Se resuelve en</translation>
    </message>
    <message>
        <source>Pair %1, opened %2</source>
        <translation>Par %1, abierta %2</translation>
    </message>
</context>
<context>
    <name>SettingsLoader</name>
    <message>
        <source>a section (key: value lines)</source>
        <translation>una sección (líneas clave: valor)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the file must consist of sections such as &quot;trading:&quot; with settings below them, got %1</source>
        <translation>el archivo debe constar de secciones como «trading:» con ajustes debajo; se obtuvo %1</translation>
    </message>
    <message>
        <source>keys must be plain names, got %1</source>
        <translation>las claves deben ser nombres simples; se obtuvo %1</translation>
    </message>
    <message>
        <source>is set twice; the first is on line %1</source>
        <translation>está puesto dos veces; la primera en la línea %1</translation>
    </message>
    <message>
        <source>is a section; expected settings below it, got %1</source>
        <translation>es una sección; se esperaban ajustes debajo, se obtuvo %1</translation>
    </message>
    <message>
        <source>has no value; expected %1</source>
        <translation>no tiene valor; se esperaba %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected %1, got the quoted text &quot;%2&quot;; write it without quotes</source>
        <translation>se esperaba %1, se obtuvo el texto entre comillas «%2»; escríbalo sin comillas</translation>
    </message>
    <message>
        <source>unknown section; did you mean %1?</source>
        <translation>sección desconocida; ¿quiso decir %1?</translation>
    </message>
    <message>
        <source>unknown key; did you mean %1?</source>
        <translation>clave desconocida; ¿quiso decir %1?</translation>
    </message>
    <message>
        <source>unknown key here; %1 is a setting</source>
        <translation>clave desconocida aquí; %1 es un ajuste</translation>
    </message>
    <message>
        <source>unknown section; the sections are %1</source>
        <translation>sección desconocida; las secciones son %1</translation>
    </message>
    <message>
        <source>unknown key; %1 has %2</source>
        <translation>clave desconocida; %1 tiene %2</translation>
    </message>
    <message>
        <source>malformed YAML: a tab in the indentation; indent with spaces</source>
        <translation>YAML mal formado: un tabulador en la sangría; sangre con espacios</translation>
    </message>
    <message>
        <source>malformed YAML: this &quot;%1&quot; is never closed</source>
        <translation>YAML mal formado: este «%1» nunca se cierra</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>YAML mal formado: %1</translation>
    </message>
    <message>
        <source>has more than one YAML document (---); put every setting in one</source>
        <translation>tiene más de un documento YAML (---); ponga todos los ajustes en uno</translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation>no se puede leer el YAML: %1</translation>
    </message>
    <message>
        <source>is missing; the default configuration must set every key</source>
        <translation>falta; la configuración predeterminada debe fijar todas las claves</translation>
    </message>
    <message>
        <source>the embedded default configuration is missing: %1</source>
        <translation>falta la configuración predeterminada integrada: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is %1 bytes; a configuration file is far smaller (at most %2), so this is probably the wrong file</source>
        <translation>ocupa %1 bytes; un archivo de configuración es mucho menor (como mucho %2), así que probablemente no es el archivo correcto</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>&quot;auto&quot; (the built-in simulator picks a loopback port) or the loopback URL of an orion-venue-sim you started.</source>
        <translation>«auto» (el simulador integrado elige un puerto local) o la URL local de un orion-venue-sim que usted haya iniciado.</translation>
    </message>
    <message>
        <source>Kalshi Trade API (REST) base URL.</source>
        <translation>URL base de la Kalshi Trade API (REST).</translation>
    </message>
    <message>
        <source>Kalshi WebSocket URL (order books, fills).</source>
        <translation>URL WebSocket de Kalshi (libros de órdenes, ejecuciones).</translation>
    </message>
    <message>
        <source>Polymarket Gamma API (market catalogue).</source>
        <translation>Polymarket Gamma API (catálogo de mercados).</translation>
    </message>
    <message>
        <source>Polymarket CLOB API (order books, orders).</source>
        <translation>Polymarket CLOB API (libros de órdenes, órdenes).</translation>
    </message>
    <message>
        <source>Polymarket CLOB WebSocket base URL; the clients add /market and /user.</source>
        <translation>URL base del WebSocket CLOB de Polymarket; los clientes añaden /market y /user.</translation>
    </message>
    <message>
        <source>Polymarket deposit wallet (POLY_1271) that holds your funds; orders are signed for it by the wallet key. Empty: the key&apos;s own address trades.</source>
        <translation>Billetera de depósito de Polymarket (POLY_1271) que guarda sus fondos; las órdenes se firman para ella con la clave de la billetera. Vacío: opera la propia dirección de la clave.</translation>
    </message>
    <message>
        <source>Smallest locked-in profit per pair of contracts, after both venues&apos; fees, for an opportunity to count. Buying YES on one venue and NO on the other pays $1 at resolution, so with 0.02 the pair must cost at most $0.98 including fees. Lower finds more opportunities with thinner margins; higher finds fewer, safer ones. Command line: --threshold.</source>
        <translation>Beneficio asegurado mínimo por par de contratos, tras las comisiones de ambas plataformas, para que una oportunidad cuente. Comprar SÍ en una y NO en la otra paga $1 al resolverse, así que con 0.02 el par debe costar como mucho $0.98 con comisiones. Más bajo encuentra más oportunidades con márgenes más finos; más alto, menos y más seguras. Línea de órdenes: --threshold.</translation>
    </message>
    <message>
        <source>Largest amount one trade may commit, both legs together, as a fraction of capital.initial_bankroll. The risk limits and each venue&apos;s balance can make a trade smaller still.</source>
        <translation>Importe máximo que puede comprometer una operación, ambas patas juntas, como fracción de capital.initial_bankroll. Los límites de riesgo y el saldo de cada plataforma pueden reducirla aún más.</translation>
    </message>
    <message>
        <source>Smallest trade worth placing, in dollars for both legs together. Opportunities that depth, capital or risk limits cut below this are skipped: a tiny trade carries the same leg risk for almost no profit.</source>
        <translation>Operación mínima que vale la pena, en dólares para ambas patas juntas. Se omiten las oportunidades que la profundidad, el capital o los límites de riesgo dejan por debajo: una operación diminuta tiene el mismo riesgo de pata por casi ningún beneficio.</translation>
    </message>
    <message>
        <source>Dollars of resting depth wanted on each leg at the opportunity&apos;s prices before it is traded. Thin books move when you trade into them and make the second leg more likely to fail. 0 turns the check off.</source>
        <translation>Dólares de profundidad deseados en cada pata a los precios de la oportunidad antes de operarla. Los libros finos se mueven al operar y hacen más probable que falle la segunda pata. 0 desactiva la comprobación.</translation>
    </message>
    <message>
        <source>How much worse than the detected price a leg may fill, as a fraction of that price: with 0.01 an ask of 0.50 may fill up to 0.505. Orders are limit orders at this worst price, so a book that moves cannot fill them any worse.</source>
        <translation>Cuánto peor que el precio detectado puede ejecutarse una pata, como fracción de ese precio: con 0.01 una oferta de 0.50 puede ejecutarse hasta 0.505. Las órdenes son limitadas a ese peor precio, así que un libro que se mueva no puede ejecutarlas peor.</translation>
    </message>
    <message>
        <source>true: in paper and live modes, every opportunity that passes the risk checks is traded without asking. false: opportunities are found and recorded, and nothing is traded until you confirm it. No effect in dry_run and alert_only modes. Command line: --auto-execute true|false.</source>
        <translation>true: en los modos papel y real, toda oportunidad que pase los controles de riesgo se opera sin preguntar. false: las oportunidades se detectan y registran, y nada se opera hasta que usted lo confirme. Sin efecto en los modos dry_run y alert_only. Línea de órdenes: --auto-execute true|false.</translation>
    </message>
    <message>
        <source>Money Orion manages across both venues, in dollars. Trade sizes, the daily loss limit and the venue allocations are fractions of it. Orion never spends more than the balances the venues report, whatever this says.</source>
        <translation>Dinero que Orion gestiona en ambas plataformas, en dólares. Los tamaños de operación, el límite de pérdida diaria y los repartos por plataforma son fracciones de él. Orion nunca gasta más de lo que indican los saldos de las plataformas, diga lo que diga esto.</translation>
    </message>
    <message>
        <source>Share of the bankroll meant to sit on Kalshi. Every arbitrage needs money on both venues at once. kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1.</source>
        <translation>Parte del capital destinada a Kalshi. Cada arbitraje necesita dinero en ambas plataformas a la vez. kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct debe ser como mucho 1.</translation>
    </message>
    <message>
        <source>Share of the bankroll meant to sit on Polymarket (in USDC). kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1.</source>
        <translation>Parte del capital destinada a Polymarket (en USDC). kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct debe ser como mucho 1.</translation>
    </message>
    <message>
        <source>Share of the bankroll never traded: a buffer for fees, unwinding a failed leg and withdrawals.</source>
        <translation>Parte del capital que nunca se opera: colchón para comisiones, deshacer una pata fallida y retiradas.</translation>
    </message>
    <message>
        <source>How often Orion compares each venue&apos;s balance with its allocation and suggests moving money when they have drifted apart. Moving money between venues is always up to you. 0 turns the check off.</source>
        <translation>Cada cuánto compara Orion el saldo de cada plataforma con su reparto y sugiere mover dinero si se han desviado. Mover dinero entre plataformas siempre depende de usted. 0 desactiva la comprobación.</translation>
    </message>
    <message>
        <source>Most paired positions open at once. Further opportunities are skipped until a position resolves or is closed.</source>
        <translation>Máximo de posiciones emparejadas abiertas a la vez. Las demás oportunidades se omiten hasta que una posición se resuelva o se cierre.</translation>
    </message>
    <message>
        <source>Most money committed to one event across both venues, in dollars. Caps what a mismatched pair or a disputed resolution can cost.</source>
        <translation>Máximo de dinero comprometido en un evento entre ambas plataformas, en dólares. Limita lo que puede costar un par mal emparejado o una resolución disputada.</translation>
    </message>
    <message>
        <source>Loss within one day, as a fraction of the bankroll, that trips the circuit breaker: trading stops until you reset it.</source>
        <translation>Pérdida en un día, como fracción del capital, que hace saltar el disyuntor: se deja de operar hasta que usted lo restablezca.</translation>
    </message>
    <message>
        <source>Seconds between engine cycles, the periodic work besides streamed updates: polling what has no live stream, refreshing balances, housekeeping. Fractions are fine (0.5); the finest step is one millisecond (0.001).</source>
        <translation>Segundos entre ciclos del motor, el trabajo periódico además de las actualizaciones en directo: consultar lo que no tiene flujo en vivo, refrescar saldos, mantenimiento. Se admiten fracciones (0.5); el paso más fino es un milisegundo (0.001).</translation>
    </message>
    <message>
        <source>What Orion does with an opportunity. dry_run: log it. alert_only: log it and send alerts. paper: also simulate the trade against the live books; no order reaches a venue. live: place real orders with real money. Command line: --dry-run forces dry_run.</source>
        <translation>Qué hace Orion con una oportunidad. dry_run: registrarla. alert_only: registrarla y enviar alertas. paper: además simular la operación contra los libros en vivo; ninguna orden llega a una plataforma. live: enviar órdenes reales con dinero real. Línea de órdenes: --dry-run fuerza dry_run.</translation>
    </message>
    <message>
        <source>An order book not confirmed for longer than this, in milliseconds, is stale and never trades; a book with a sequence gap is stale until it is rebuilt. Too low skips good opportunities; too high trades on prices that may be gone.</source>
        <translation>Un libro de órdenes sin confirmar durante más de estos milisegundos está obsoleto y nunca se opera; un libro con un hueco de secuencia está obsoleto hasta reconstruirse. Demasiado bajo omite buenas oportunidades; demasiado alto opera con precios que quizá ya no existan.</translation>
    </message>
    <message>
        <source>Where Orion records markets, pairs, opportunities, orders, fills, positions and the audit log: sqlite:///relative/path.db (relative to the directory Orion starts in), sqlite:////absolute/path.db, or sqlite:///:memory: (kept only until exit).</source>
        <translation>Dónde registra Orion mercados, pares, oportunidades, órdenes, ejecuciones, posiciones y el registro de auditoría: sqlite:///ruta/relativa.db (relativa al directorio donde arranca Orion), sqlite:////ruta/absoluta.db o sqlite:///:memory: (solo hasta salir).</translation>
    </message>
    <message>
        <source>Least severe message written to the log. debug is verbose (every request and book update); info is the normal level. Command line: --log-level.</source>
        <translation>Mensaje menos grave que se escribe en el registro. debug es detallado (cada petición y actualización de libro); info es el nivel normal. Línea de órdenes: --log-level.</translation>
    </message>
    <message>
        <source>Log file, relative to the directory Orion starts in unless absolute; its directory is created if needed. &quot;&quot; logs to the console only.</source>
        <translation>Archivo de registro, relativo al directorio donde arranca Orion salvo que sea absoluto; su directorio se crea si hace falta. &quot;&quot; registra solo en la consola.</translation>
    </message>
    <message>
        <source>When the log file reaches this size it is renamed to &lt;file&gt;.1 (older ones move to .2, .3, …) and a new file is started.</source>
        <translation>Cuando el archivo de registro alcanza este tamaño se renombra a &lt;archivo&gt;.1 (los anteriores pasan a .2, .3, …) y se empieza uno nuevo.</translation>
    </message>
    <message>
        <source>Rotated log files kept besides the current one; the oldest is deleted.</source>
        <translation>Archivos de registro rotados que se conservan además del actual; el más antiguo se borra.</translation>
    </message>
    <message>
        <source>Which hosts Orion connects to: production (the real exchanges), demo (test exchanges, see venues.demo) or simulator (built in, on this machine, no account needed).</source>
        <translation>A qué hosts se conecta Orion: production (los mercados reales), demo (mercados de prueba, ver venues.demo) o simulator (integrado, en esta máquina, sin cuenta).</translation>
    </message>
    <message>
        <source>Send alerts through a Telegram bot. The bot token and chat id are credentials: store them with `orion credentials`, never in this file.</source>
        <translation>Enviar alertas mediante un bot de Telegram. El token del bot y el id del chat son credenciales: guárdelos con `orion credentials`, nunca en este archivo.</translation>
    </message>
    <message>
        <source>Opportunity alerts only for a locked-in profit of at least this many dollars at the available depth.</source>
        <translation>Alertas de oportunidad solo para un beneficio asegurado de al menos estos dólares con la profundidad disponible.</translation>
    </message>
    <message>
        <source>Opportunity alerts only for a locked-in profit of at least this much per pair of contracts (0.03 = 3 cents). Trade, error and circuit-breaker alerts ignore this and alerts.min_profit_usd.</source>
        <translation>Alertas de oportunidad solo para un beneficio asegurado de al menos esto por par de contratos (0.03 = 3 centavos). Las alertas de operaciones, errores y disyuntor ignoran esto y alerts.min_profit_usd.</translation>
    </message>
    <message>
        <source>Most alerts sent in one minute, so that a burst cannot flood the channel; the rest stay in the log.</source>
        <translation>Máximo de alertas enviadas por minuto, para que una ráfaga no inunde el canal; el resto queda en el registro.</translation>
    </message>
    <message>
        <source>Alert when an opportunity passes the thresholds above.</source>
        <translation>Alertar cuando una oportunidad supere los umbrales anteriores.</translation>
    </message>
    <message>
        <source>Alert when a trade is placed, filled or unwound.</source>
        <translation>Alertar cuando una operación se envíe, se ejecute o se deshaga.</translation>
    </message>
    <message>
        <source>Alert on errors that need you: a venue unreachable, an order rejected, a leg left unhedged.</source>
        <translation>Alertar de errores que requieren su atención: plataforma inaccesible, orden rechazada, pata sin cubrir.</translation>
    </message>
    <message>
        <source>Alert when the circuit breaker trips or the kill switch is used.</source>
        <translation>Alertar cuando salte el disyuntor o se use la parada de emergencia.</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Operativa</translation>
    </message>
    <message>
        <source>When an opportunity is worth taking and how large a trade may be.</source>
        <translation>Cuándo merece la pena una oportunidad y qué tamaño puede tener una operación.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>How much money Orion manages and how it is split between the venues.</source>
        <translation>Cuánto dinero gestiona Orion y cómo se reparte entre las plataformas.</translation>
    </message>
    <message>
        <source>Risk limits</source>
        <translation>Límites de riesgo</translation>
    </message>
    <message>
        <source>Hard limits checked before every order; a trade that would break one is not placed.</source>
        <translation>Límites estrictos comprobados antes de cada orden; una operación que rompería uno no se envía.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>What Orion does with the opportunities it finds, and how fresh market data must be.</source>
        <translation>Qué hace Orion con las oportunidades que encuentra y lo recientes que deben ser los datos de mercado.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Where Orion keeps its records.</source>
        <translation>Dónde guarda Orion sus registros.</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What is logged and where; the file rotates by size.</source>
        <translation>Qué se registra y dónde; el archivo rota por tamaño.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Which exchange hosts Orion connects to. venues.environment selects one of the three sets below; the others are kept so that switching needs no editing.</source>
        <translation>A qué hosts de mercado se conecta Orion. venues.environment elige uno de los tres conjuntos de abajo; los demás se conservan para cambiar sin editar.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>The real exchanges: real orders and real money when engine.mode is live.</source>
        <translation>Los mercados reales: órdenes reales y dinero real cuando engine.mode es live.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Kalshi&apos;s demo exchange: play money, its own account and API keys, prices that need not match the real market. Polymarket has no public demo exchange: market data comes from its public production hosts and orders go to its staging CLOB, never to the real one.</source>
        <translation>El mercado de demostración de Kalshi: dinero ficticio, su propia cuenta y claves de API, precios que no tienen por qué coincidir con el mercado real. Polymarket no tiene mercado de demostración público: los datos vienen de sus hosts públicos de producción y las órdenes van a su CLOB de staging, nunca al real.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>The built-in venue simulator: Kalshi and Polymarket look-alikes on this machine, with scripted markets. Nothing leaves the computer.</source>
        <translation>El simulador integrado: imitaciones de Kalshi y Polymarket en esta máquina, con mercados guionizados. Nada sale del ordenador.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Notifications about opportunities, trades, errors and the circuit breaker.</source>
        <translation>Notificaciones sobre oportunidades, operaciones, errores y el disyuntor.</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Alerts through a Telegram bot.</source>
        <translation>Alertas mediante un bot de Telegram.</translation>
    </message>
    <message>
        <source>Alert events</source>
        <translation>Eventos de alerta</translation>
    </message>
    <message>
        <source>Which events send an alert.</source>
        <translation>Qué eventos envían una alerta.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>fraction (0.05 = 5%)</source>
        <translation>fracción (0.05 = 5 %)</translation>
    </message>
    <message>
        <source>USD per contract pair</source>
        <translation>USD por par de contratos</translation>
    </message>
    <message>
        <source>fraction of the bankroll (0.05 = 5%)</source>
        <translation>fracción del capital (0.05 = 5 %)</translation>
    </message>
    <message>
        <source>fraction of the price (0.01 = 1%)</source>
        <translation>fracción del precio (0.01 = 1 %)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>posiciones</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>alerts per minute</source>
        <translation>alertas por minuto</translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Unit: %1.</source>
        <translation>Unidad: %1.</translation>
    </message>
    <message>
        <source>Range: %1 to %2.</source>
        <translation>Rango: de %1 a %2.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>Can be changed while running.</source>
        <translation>Se puede cambiar en marcha.</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Surte efecto en el próximo arranque.</translation>
    </message>
    <message>
        <source>not saved, the settings have problems: %1</source>
        <translation>no guardado, los ajustes tienen problemas: %1</translation>
    </message>
    <message>
        <source>not saved: the written file would not read back as the same settings</source>
        <translation>no guardado: el archivo escrito no se leería como los mismos ajustes</translation>
    </message>
    <message>
        <source>cannot save %1: %2: %3</source>
        <translation>no se puede guardar %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary file next to it</source>
        <translation>no se puede crear un archivo temporal a su lado</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot read the previous file to back it up</source>
        <translation>no se puede leer el archivo anterior para copiarlo</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>no se puede escribir la copia %1</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>no se puede reemplazar el archivo</translation>
    </message>
</context>
<context>
    <name>SqlJournal</name>
    <message>
        <source>Cannot journal the trade on %1</source>
        <translation>No se puede anotar en el diario la operación de %1</translation>
    </message>
    <message>
        <source>Cannot journal the state of trade %1</source>
        <translation>No se puede anotar en el diario el estado de la operación %1</translation>
    </message>
    <message>
        <source>There is no trade %1 in the journal</source>
        <translation>No hay ninguna operación %1 en el diario</translation>
    </message>
    <message>
        <source>Cannot read trade %1</source>
        <translation>No se puede leer la operación %1</translation>
    </message>
    <message>
        <source>Cannot journal order %1</source>
        <translation>No se puede anotar en el diario la orden %1</translation>
    </message>
    <message>
        <source>There is no order %1 in the journal</source>
        <translation>No hay ninguna orden %1 en el diario</translation>
    </message>
    <message>
        <source>Cannot update order %1</source>
        <translation>No se puede actualizar la orden %1</translation>
    </message>
    <message>
        <source>Cannot read fill %1</source>
        <translation>No se puede leer la ejecución %1</translation>
    </message>
    <message>
        <source>Cannot update fill %1</source>
        <translation>No se puede actualizar la ejecución %1</translation>
    </message>
    <message>
        <source>Cannot record fill %1</source>
        <translation>No se puede registrar la ejecución %1</translation>
    </message>
    <message>
        <source>Fill %1 is for order %2, which is not in the journal</source>
        <translation>La ejecución %1 es de la orden %2, que no está en el diario</translation>
    </message>
    <message>
        <source>Cannot read the trades</source>
        <translation>No se pueden leer las operaciones</translation>
    </message>
    <message>
        <source>Cannot read the orders of trade %1</source>
        <translation>No se pueden leer las órdenes de la operación %1</translation>
    </message>
    <message>
        <source>Cannot read the fills of order %1</source>
        <translation>No se pueden leer las ejecuciones de la orden %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 fills</source>
        <translation>No se pueden leer las ejecuciones del modo %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>TradingMode</name>
    <message>
        <source>Dry run</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation>Solo alertas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Real</translation>
    </message>
</context>
<context>
    <name>VenueEnvironment</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
</context>
<context>
    <name>orion::BalancesPanel</name>
    <message>
        <source>No balances reported yet: the venues have not answered.</source>
        <translation>Aún no hay saldos: las plataformas no han respondido.</translation>
    </message>
    <message>
        <source>Venue balances appear here once the venue clients are connected (credentials and environment under Settings). Nothing is connected yet.</source>
        <translation>Los saldos de las plataformas aparecen aquí en cuanto sus clientes estén conectados (credenciales y entorno en Ajustes). Todavía no hay nada conectado.</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>Total: %1 (%2 today, %3)</source>
        <translation>Total: %1 (%2 hoy, %3)</translation>
    </message>
</context>
<context>
    <name>orion::Cash</name>
    <message>
        <source>%1 %2 %3 does not fit in int64 micro-dollars</source>
        <translation>%1 %2 %3 no cabe en micro-dólares int64</translation>
    </message>
    <message>
        <source>%1 is not a whole number of cents</source>
        <translation>%1 no es un número entero de centavos</translation>
    </message>
</context>
<context>
    <name>orion::CredentialFileFormat</name>
    <message>
        <source>not an Orion credential file</source>
        <translation>no es un archivo de credenciales de Orion</translation>
    </message>
    <message>
        <source>the credential file is truncated (incomplete header)</source>
        <translation>el archivo de credenciales está truncado (cabecera incompleta)</translation>
    </message>
    <message>
        <source>credential file version %1 is not supported (this Orion reads version %2)</source>
        <translation>la versión %1 del archivo de credenciales no se admite (este Orion lee la versión %2)</translation>
    </message>
    <message>
        <source>the credential file names an unknown key derivation</source>
        <translation>el archivo de credenciales indica una derivación de clave desconocida</translation>
    </message>
    <message>
        <source>the credential file&apos;s scrypt cost is out of range</source>
        <translation>el coste scrypt del archivo de credenciales está fuera de rango</translation>
    </message>
    <message>
        <source>the credential file&apos;s scrypt parameters are out of range: %1</source>
        <translation>los parámetros scrypt del archivo de credenciales están fuera de rango: %1</translation>
    </message>
    <message>
        <source>the credential file&apos;s salt is missing or too short</source>
        <translation>la sal del archivo de credenciales falta o es demasiado corta</translation>
    </message>
    <message>
        <source>the credential file is truncated (no encrypted body)</source>
        <translation>el archivo de credenciales está truncado (sin cuerpo cifrado)</translation>
    </message>
    <message>
        <source>the credential file&apos;s contents are truncated</source>
        <translation>el contenido del archivo de credenciales está truncado</translation>
    </message>
    <message>
        <source>the credential file lists %1 entries (at most %2)</source>
        <translation>el archivo de credenciales tiene %1 entradas (como mucho %2)</translation>
    </message>
    <message>
        <source>the credential file has a bad entry name</source>
        <translation>el archivo de credenciales tiene un nombre de entrada incorrecto</translation>
    </message>
    <message>
        <source>the credential file has an entry of a bad length</source>
        <translation>el archivo de credenciales tiene una entrada de longitud incorrecta</translation>
    </message>
    <message>
        <source>the credential file lists %1 twice</source>
        <translation>el archivo de credenciales incluye %1 dos veces</translation>
    </message>
    <message>
        <source>the credential file has trailing bytes after its entries</source>
        <translation>el archivo de credenciales tiene bytes sobrantes tras sus entradas</translation>
    </message>
</context>
<context>
    <name>orion::CredentialValidator</name>
    <message>
        <source>the value is empty</source>
        <translation>el valor está vacío</translation>
    </message>
    <message>
        <source>the value is longer than 16 KiB</source>
        <translation>el valor supera los 16 KiB</translation>
    </message>
    <message>
        <source>expected a UUID like 0a1b2c3d-0000-4000-8000-123456789abc</source>
        <translation>se esperaba un UUID como 0a1b2c3d-0000-4000-8000-123456789abc</translation>
    </message>
    <message>
        <source>key id in UUID form</source>
        <translation>id de clave en forma de UUID</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>clave privada RSA de %1 bits</translation>
    </message>
    <message>
        <source>expected a 32-byte key as 64 hex digits (0x optional): %1</source>
        <translation>se esperaba una clave de 32 bytes en 64 dígitos hexadecimales (0x opcional): %1</translation>
    </message>
    <message>
        <source>wallet address %1</source>
        <translation>dirección del monedero %1</translation>
    </message>
    <message>
        <source>expected base64 of at least 16 bytes</source>
        <translation>se esperaba base64 de al menos 16 bytes</translation>
    </message>
    <message>
        <source>%1-byte secret</source>
        <translation>secreto de %1 bytes</translation>
    </message>
    <message>
        <source>expected printable characters without spaces</source>
        <translation>se esperaban caracteres imprimibles sin espacios</translation>
    </message>
    <message>
        <source>passphrase of %1 characters</source>
        <translation>frase de paso de %1 caracteres</translation>
    </message>
    <message>
        <source>expected a bot token like 123456789:AA… from @BotFather</source>
        <translation>se esperaba un token de bot como 123456789:AA… de @BotFather</translation>
    </message>
    <message>
        <source>bot token for bot id %1</source>
        <translation>token del bot con id %1</translation>
    </message>
    <message>
        <source>expected a numeric chat id</source>
        <translation>se esperaba un id de chat numérico</translation>
    </message>
    <message>
        <source>chat id %1</source>
        <translation>id de chat %1</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
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
        <translation>no hay terminal donde preguntar; pase el valor por la entrada estándar</translation>
    </message>
    <message>
        <source>pipe the value to standard input</source>
        <translation>pase el valor por la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>Master password for the credential file: </source>
        <translation>Contraseña maestra del archivo de credenciales: </translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation>Repita la contraseña maestra: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>warning: not audited, the configuration has problems</source>
        <translation>aviso: no auditado, la configuración tiene problemas</translation>
    </message>
    <message>
        <source>warning: not audited, the database cannot be opened</source>
        <translation>aviso: no auditado, no se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>warning: not audited: %1</source>
        <translation>aviso: no auditado: %1</translation>
    </message>
    <message>
        <source>usage: orion credentials set NAME (the value comes from standard input)</source>
        <translation>uso: orion credentials set NOMBRE (el valor llega por la entrada estándar)</translation>
    </message>
    <message>
        <source>unknown credential &quot;%1&quot;; known: %2</source>
        <translation>credencial desconocida «%1»; conocidas: %2</translation>
    </message>
    <message>
        <source>%1 (input hidden): </source>
        <translation>%1 (entrada oculta): </translation>
    </message>
    <message>
        <source>stored %1 in %2: %3</source>
        <translation>%1 guardada en %2: %3</translation>
    </message>
    <message>
        <source>credentials in %1:</source>
        <translation>credenciales en %1:</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>usage: orion credentials delete NAME; known: %1</source>
        <translation>uso: orion credentials delete NOMBRE; conocidas: %1</translation>
    </message>
    <message>
        <source>deleted %1 from %2</source>
        <translation>%1 borrada de %2</translation>
    </message>
    <message>
        <source>the configuration has problems:</source>
        <translation>la configuración tiene problemas:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>usage: orion credentials import-env FILE</source>
        <translation>uso: orion credentials import-env ARCHIVO</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no KALSHI_*, POLYMARKET_* or TELEGRAM_* credential variables</source>
        <translation>%1 no tiene variables de credenciales KALSHI_*, POLYMARKET_* ni TELEGRAM_*</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; no se importó nada</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>%1 importada: %2</translation>
    </message>
    <message>
        <source>not imported (unknown name): %1</source>
        <translation>no importada (nombre desconocido): %1</translation>
    </message>
    <message>
        <source>%1 credential(s) are now in %2.</source>
        <translation>Ahora hay %1 credencial(es) en %2.</translation>
    </message>
    <message>
        <source>%1 still holds them in plain text: delete it now (for example: shred -u %1).</source>
        <translation>%1 aún las contiene en texto plano: bórrelo ya (por ejemplo: shred -u %1).</translation>
    </message>
    <message>
        <source>Stores Kalshi, Polymarket and Telegram credentials in the keychain or an encrypted file.
Commands: set NAME | list | delete NAME | test | import-env FILE
Names: %1</source>
        <translation>Guarda las credenciales de Kalshi, Polymarket y Telegram en el llavero o en un archivo cifrado.
Órdenes: set NOMBRE | list | delete NOMBRE | test | import-env ARCHIVO
Nombres: %1</translation>
    </message>
    <message>
        <source>keychain (default) or file.</source>
        <translation>keychain (predeterminado) o file.</translation>
    </message>
    <message>
        <source>The encrypted credential file (default %1).</source>
        <translation>El archivo de credenciales cifrado (predeterminado %1).</translation>
    </message>
    <message>
        <source>Configuration whose database gets the audit entries.</source>
        <translation>Configuración cuya base de datos recibe las entradas de auditoría.</translation>
    </message>
    <message>
        <source>--store must be keychain or file, not &quot;%1&quot;</source>
        <translation>--store debe ser keychain o file, no «%1»</translation>
    </message>
    <message>
        <source>expected a command: %1</source>
        <translation>se esperaba una orden: %1</translation>
    </message>
</context>
<context>
    <name>orion::CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation>Guardadas en: %1</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>Paste the new value (it is never shown)</source>
        <translation>Pegue el nuevo valor (nunca se muestra)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>An authenticated, read-only request to each venue</source>
        <translation>Una petición autenticada de solo lectura a cada plataforma</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nuevo valor:</translation>
    </message>
    <message>
        <source>Stored %1: %2</source>
        <translation>%1 guardada: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 borrada</translation>
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
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>orion::EncryptedFileCredentialStore</name>
    <message>
        <source>the master password is empty</source>
        <translation>la contraseña maestra está vacía</translation>
    </message>
    <message>
        <source>cannot read the credential file %1: %2</source>
        <translation>no se puede leer el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential file</source>
        <translation>%1 es demasiado grande para ser un archivo de credenciales</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot decrypt %1: the master password is wrong, or the file was modified or damaged</source>
        <translation>no se puede descifrar %1: la contraseña maestra es incorrecta o el archivo se modificó o dañó</translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation>archivo cifrado %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write the credential file %1: %2</source>
        <translation>no se puede escribir el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <source>cannot write the credential file %1 (it is unchanged): %2</source>
        <translation>no se puede escribir el archivo de credenciales %1 (no ha cambiado): %2</translation>
    </message>
    <message>
        <source>%1 is not stored in %2</source>
        <translation>%1 no está guardada en %2</translation>
    </message>
</context>
<context>
    <name>orion::Engine</name>
    <message>
        <source>The engine cannot start: %1</source>
        <translation>El motor no puede arrancar: %1</translation>
    </message>
    <message>
        <source>not initialised</source>
        <translation>no inicializado</translation>
    </message>
    <message>
        <source>The kill switch is engaged (%1). Reset it before starting.</source>
        <translation>La parada de emergencia está activada (%1). Restablézcala antes de arrancar.</translation>
    </message>
    <message>
        <source>Parameters refused: %1</source>
        <translation>Parámetros rechazados: %1</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>Ajustes no guardados: %1</translation>
    </message>
    <message>
        <source>The pair cannot be confirmed: the database is not open</source>
        <translation>No se puede confirmar el par: la base de datos no está abierta</translation>
    </message>
    <message>
        <source>The pair was not confirmed: %1</source>
        <translation>El par no se confirmó: %1</translation>
    </message>
    <message>
        <source>The pair cannot be rejected: the database is not open</source>
        <translation>No se puede rechazar el par: la base de datos no está abierta</translation>
    </message>
    <message>
        <source>The pair was not rejected: %1</source>
        <translation>El par no se rechazó: %1</translation>
    </message>
    <message>
        <source>kill switch engaged</source>
        <translation>parada de emergencia activada</translation>
    </message>
    <message>
        <source>circuit breaker: %1</source>
        <translation>disyuntor: %1</translation>
    </message>
    <message>
        <source>book older than %1 ms</source>
        <translation>libro con más de %1 ms</translation>
    </message>
    <message>
        <source>edge below the threshold</source>
        <translation>ventaja por debajo del umbral</translation>
    </message>
    <message>
        <source>below the minimum trade size</source>
        <translation>por debajo del tamaño mínimo de operación</translation>
    </message>
    <message>
        <source>dry-run mode</source>
        <translation>modo simulacro</translation>
    </message>
    <message>
        <source>alert-only mode</source>
        <translation>modo solo alertas</translation>
    </message>
    <message>
        <source>auto-execute is off</source>
        <translation>la ejecución automática está desactivada</translation>
    </message>
    <message>
        <source>engine not running</source>
        <translation>el motor no está en marcha</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Live trading needs credentials that are missing: %1. Store them with `orion credentials set NAME` or in the Credentials dialog.</source>
        <translation>Para operar con dinero real faltan credenciales: %1. Guárdelas con `orion credentials set NOMBRE` o en el diálogo Credenciales.</translation>
    </message>
    <message>
        <source>kill switch: %1</source>
        <translation>parada de emergencia: %1</translation>
    </message>
    <message>
        <source>trade %1 %2: %3</source>
        <translation>operación %1 %2: %3</translation>
    </message>
    <message>
        <source>trade %1 needs you: %2</source>
        <translation>la operación %1 requiere su atención: %2</translation>
    </message>
    <message>
        <source>reset by the user</source>
        <translation>restablecido por el usuario</translation>
    </message>
    <message>
        <source>The circuit breaker was not reset: %1</source>
        <translation>El disyuntor no se restableció: %1</translation>
    </message>
    <message>
        <source>reconciling with the venues</source>
        <translation>conciliando con las plataformas</translation>
    </message>
</context>
<context>
    <name>orion::EngineController</name>
    <message>
        <source>kill button</source>
        <translation>botón de parada</translation>
    </message>
</context>
<context>
    <name>orion::FeeSchedule</name>
    <message>
        <source>&quot;%1&quot; is not a Kalshi fee type</source>
        <translation>«%1» no es un tipo de comisión de Kalshi</translation>
    </message>
    <message>
        <source>Kalshi&apos;s flat fee table is not published in the API, so the fee is unknown</source>
        <translation>La tabla de comisiones fijas de Kalshi no se publica en la API, así que la comisión es desconocida</translation>
    </message>
    <message>
        <source>a Kalshi fee multiplier of %1 is outside [0, 100]</source>
        <translation>un multiplicador de comisión de Kalshi de %1 está fuera de [0, 100]</translation>
    </message>
    <message>
        <source>a fee precision of %1 does not divide one dollar</source>
        <translation>una precisión de comisión de %1 no divide un dólar</translation>
    </message>
    <message>
        <source>a Polymarket fee rate of %1 is outside [0, 1]</source>
        <translation>una tasa de comisión de Polymarket de %1 está fuera de [0, 1]</translation>
    </message>
    <message>
        <source>a Polymarket fee exponent of %1 is not supported (only 1 and 2)</source>
        <translation>un exponente de comisión de Polymarket de %1 no se admite (solo 1 y 2)</translation>
    </message>
    <message>
        <source>the market&apos;s fee schedule is not known</source>
        <translation>no se conoce el baremo de comisiones del mercado</translation>
    </message>
    <message>
        <source>a fee for %1 contracts is out of range</source>
        <translation>una comisión para %1 contratos está fuera de rango</translation>
    </message>
</context>
<context>
    <name>orion::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain (service &quot;%1&quot;)</source>
        <translation>Llavero de macOS (servicio «%1»)</translation>
    </message>
    <message>
        <source>Windows Credential Manager (service &quot;%1&quot;)</source>
        <translation>Administrador de credenciales de Windows (servicio «%1»)</translation>
    </message>
    <message>
        <source>Secret Service keyring (service &quot;%1&quot;)</source>
        <translation>Depósito de claves Secret Service (servicio «%1»)</translation>
    </message>
    <message>
        <source>%1 is not stored in the keychain</source>
        <translation>%1 no está guardada en el llavero</translation>
    </message>
    <message>
        <source>the keychain refused %1: %2</source>
        <translation>el llavero rechazó %1: %2</translation>
    </message>
</context>
<context>
    <name>orion::LogModel</name>
    <message>
        <source>debug</source>
        <translation>depuración</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>orion::LogPanel</name>
    <message>
        <source>No log lines match the filter.</source>
        <translation>Ninguna línea del registro coincide con el filtro.</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Depuración y superior</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info y superior</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Mantener visible la línea más reciente</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
</context>
<context>
    <name>orion::MainWindow</name>
    <message>
        <source>Starting up</source>
        <translation>Arrancando</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>HALTED</source>
        <translation>PARADO</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation>Solo alertas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>REAL</translation>
    </message>
    <message>
        <source>Orion — arbitrage terminal</source>
        <translation>Orion — terminal de arbitraje</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Orders and fills</source>
        <translation>Órdenes y ejecuciones</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Settings saved to %1</source>
        <translation>Ajustes guardados en %1</translation>
    </message>
    <message>
        <source>Dry run: detect only · Alert only: detect and alert · Paper: simulated fills · Live: real orders with real money</source>
        <translation>Simulacro: solo detectar · Solo alertas: detectar y avisar · Papel: ejecuciones simuladas · Real: órdenes reales con dinero real</translation>
    </message>
    <message>
        <source>Auto-&amp;execute</source>
        <translation>&amp;Ejecución automática</translation>
    </message>
    <message>
        <source>Trade tradable opportunities without asking (paper and live modes)</source>
        <translation>Operar las oportunidades negociables sin preguntar (modos papel y real)</translation>
    </message>
    <message>
        <source>Reset &amp;breaker</source>
        <translation>Restablecer &amp;disyuntor</translation>
    </message>
    <message>
        <source>Allow new trades again after the circuit breaker tripped</source>
        <translation>Permitir de nuevo operaciones tras saltar el disyuntor</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start trading in the selected mode</source>
        <translation>Empezar a operar en el modo elegido</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop looking for and taking trades; open orders stay as they are</source>
        <translation>Dejar de buscar y tomar operaciones; las órdenes abiertas siguen como están</translation>
    </message>
    <message>
        <source>&amp;Reset kill switch</source>
        <translation>&amp;Restablecer parada de emergencia</translation>
    </message>
    <message>
        <source>KILL</source>
        <translation>PARAR</translation>
    </message>
    <message>
        <source>Halt at once and cancel every open order (%1)</source>
        <translation>Detener al instante y cancelar todas las órdenes abiertas (%1)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save settings to config.yaml</source>
        <translation>&amp;Guardar ajustes en config.yaml</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes at the next start of Orion.</source>
        <translation>El idioma cambia en el próximo arranque de Orion.</translation>
    </message>
    <message>
        <source>Mode: %1 · auto-execute %2</source>
        <translation>Modo: %1 · ejecución automática %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Kill switch engaged: %1</source>
        <translation>Parada de emergencia activada: %1</translation>
    </message>
    <message>
        <source>Circuit breaker TRIPPED at %1: %2</source>
        <translation>Disyuntor SALTADO a las %1: %2</translation>
    </message>
    <message>
        <source>Circuit breaker: armed, not tripped</source>
        <translation>Disyuntor: armado, sin saltar</translation>
    </message>
    <message>
        <source>Circuit breaker: armed (daily loss limit %1 of the bankroll)</source>
        <translation>Disyuntor: armado (límite de pérdida diaria %1 del capital)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>sin base de datos</translation>
    </message>
    <message>
        <source>%1 (schema %2) · config: %3</source>
        <translation>%1 (esquema %2) · configuración: %3</translation>
    </message>
    <message>
        <source>Kill at %1: no open orders to cancel; nothing will be sent until reset.</source>
        <translation>Parada a las %1: no había órdenes abiertas que cancelar; no se enviará nada hasta restablecerla.</translation>
    </message>
    <message numerus="yes">
        <source>Kill at %1: cancelled %n open order(s): %2</source>
        <translation>
            <numerusform>Parada a las %1: %n orden abierta cancelada: %2</numerusform>
            <numerusform>Parada a las %1: %n órdenes abiertas canceladas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Live mode sends real orders with real money to Kalshi and Polymarket.

Bankroll at risk: %1 of %2 (Kalshi %3, Polymarket %4; reserve %5 never traded).
Largest single trade: %6. Daily loss limit: %7 of the bankroll.</source>
        <translation>El modo real envía órdenes reales con dinero real a Kalshi y Polymarket.

Capital en riesgo: %1 de %2 (Kalshi %3, Polymarket %4; la reserva de %5 nunca se opera).
Mayor operación individual: %6. Límite de pérdida diaria: %7 del capital.</translation>
    </message>
    <message>
        <source>Money on the venues now: %1.</source>
        <translation>Dinero en las plataformas ahora: %1.</translation>
    </message>
    <message>
        <source>Auto-execute is ON: trades start without asking.</source>
        <translation>La ejecución automática está ACTIVADA: las operaciones empiezan sin preguntar.</translation>
    </message>
    <message>
        <source>Switch to live trading?</source>
        <translation>¿Pasar a operar con dinero real?</translation>
    </message>
    <message>
        <source>Trade live with real money</source>
        <translation>Operar con dinero real</translation>
    </message>
    <message>
        <source>Switching to live mode</source>
        <translation>Pasando al modo real</translation>
    </message>
    <message>
        <source>Live mode cancelled; the mode stays %1</source>
        <translation>Modo real cancelado; el modo sigue siendo %1</translation>
    </message>
    <message>
        <source>Stopping the engine…</source>
        <translation>Deteniendo el motor…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
</context>
<context>
    <name>orion::MatchCommand</name>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>no se puede leer el archivo %1 %2: %3</translation>
    </message>
    <message>
        <source>Pairs Kalshi and Polymarket markets that are the same event.</source>
        <translation>Empareja mercados de Kalshi y Polymarket que son el mismo evento.</translation>
    </message>
    <message>
        <source>Kalshi catalogue: a GET /markets response, a JSON array or JSON lines.</source>
        <translation>Catálogo de Kalshi: una respuesta de GET /markets, un array JSON o líneas JSON.</translation>
    </message>
    <message>
        <source>Polymarket Gamma /markets array or JSON lines.</source>
        <translation>Array de Polymarket Gamma /markets o líneas JSON.</translation>
    </message>
    <message>
        <source>Write the pairs to &lt;file&gt; instead of standard output.</source>
        <translation>Escribir los pares en &lt;file&gt; en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Labelled pairs (CSV) to evaluate against; the report goes to standard error.</source>
        <translation>Pares etiquetados (CSV) con los que evaluar; el informe va a la salida de error.</translation>
    </message>
    <message>
        <source>Also list rejected candidate pairs.</source>
        <translation>Listar también los pares candidatos rechazados.</translation>
    </message>
    <message>
        <source>Let pairs whose catalogues carry no rules text be &apos;auto&apos; (evaluation only; never for trading).</source>
        <translation>Permitir que los pares cuyos catálogos no traen texto de reglas sean &apos;auto&apos; (solo para evaluar; nunca para operar).</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argumento inesperado</translation>
    </message>
    <message>
        <source>--kalshi FILE and --polymarket FILE are both required</source>
        <translation>se necesitan tanto --kalshi ARCHIVO como --polymarket ARCHIVO</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>orion::Notional</name>
    <message>
        <source>%1 x %2 contracts is not a whole number of micro-dollars</source>
        <translation>%1 x %2 contratos no es un número entero de micro-dólares</translation>
    </message>
    <message>
        <source>%1 x %2 contracts does not fit in int64 micro-dollars</source>
        <translation>%1 x %2 contratos no cabe en micro-dólares int64</translation>
    </message>
    <message>
        <source>a price of zero buys an unlimited quantity for %1</source>
        <translation>un precio de cero compra una cantidad ilimitada por %1</translation>
    </message>
    <message>
        <source>the budget %1 is negative</source>
        <translation>el presupuesto %1 es negativo</translation>
    </message>
    <message>
        <source>%1 at %2 does not buy a whole number of hundredths</source>
        <translation>%1 a %2 no compra un número entero de centésimas</translation>
    </message>
    <message>
        <source>%1 at %2 buys more hundredths than fit in int64</source>
        <translation>%1 a %2 compra más centésimas de las que caben en int64</translation>
    </message>
</context>
<context>
    <name>orion::OpportunityFeedPanel</name>
    <message>
        <source>No opportunities right now: no pair&apos;s books give a locked-in profit above the threshold after fees.</source>
        <translation>No hay oportunidades ahora: ningún par ofrece, tras comisiones, un beneficio asegurado por encima del umbral.</translation>
    </message>
    <message>
        <source>The opportunity feed starts once the market data and the detector are connected to the engine. Nothing is connected yet.</source>
        <translation>El flujo de oportunidades empieza cuando los datos de mercado y el detector estén conectados al motor. Todavía no hay nada conectado.</translation>
    </message>
    <message>
        <source>%1 open · %2 tradable · best edge %3 per contract</source>
        <translation>%1 abiertas · %2 negociables · mejor ventaja %3 por contrato</translation>
    </message>
</context>
<context>
    <name>orion::OrdersPanel</name>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Orders and fills appear here once the executor is connected to the engine. No order can be sent yet.</source>
        <translation>Las órdenes y ejecuciones aparecen aquí cuando el ejecutor esté conectado al motor. Todavía no se puede enviar ninguna orden.</translation>
    </message>
    <message>
        <source>No orders yet today.</source>
        <translation>Hoy aún no hay órdenes.</translation>
    </message>
    <message>
        <source>No fills yet today.</source>
        <translation>Hoy aún no hay ejecuciones.</translation>
    </message>
</context>
<context>
    <name>orion::PairReviewPanel</name>
    <message>
        <source>Same polarity (YES = first outcome)</source>
        <translation>Misma polaridad (SÍ = primer resultado)</translation>
    </message>
    <message>
        <source>Inverse polarity (YES = second outcome)</source>
        <translation>Polaridad inversa (SÍ = segundo resultado)</translation>
    </message>
    <message>
        <source>Note (optional): why you decided</source>
        <translation>Nota (opcional): por qué lo decidió</translation>
    </message>
    <message>
        <source>&amp;Confirm pair</source>
        <translation>&amp;Confirmar par</translation>
    </message>
    <message>
        <source>Trade this pair with the chosen polarity, whatever the matcher said</source>
        <translation>Operar este par con la polaridad elegida, diga lo que diga el emparejador</translation>
    </message>
    <message>
        <source>Re&amp;ject pair</source>
        <translation>Re&amp;chazar par</translation>
    </message>
    <message>
        <source>Never trade this pair, whatever its score</source>
        <translation>No operar nunca este par, sea cual sea su puntuación</translation>
    </message>
    <message>
        <source>No matched pairs yet. Run “orion match” on the venues&apos; catalogues to propose pairs; they appear here for review.</source>
        <translation>Aún no hay pares. Ejecute «orion match» sobre los catálogos de las plataformas para proponer pares; aparecerán aquí para revisarlos.</translation>
    </message>
    <message>
        <source>Pairs appear here once the engine has opened its database.</source>
        <translation>Los pares aparecen aquí cuando el motor haya abierto su base de datos.</translation>
    </message>
    <message>
        <source>%1 pairs · %2 tradable · %3 waiting for review</source>
        <translation>%1 pares · %2 negociables · %3 pendientes de revisión</translation>
    </message>
</context>
<context>
    <name>orion::ParamsEditor</name>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Se aplica</translation>
    </message>
    <message>
        <source>&amp;Save to config.yaml</source>
        <translation>&amp;Guardar en config.yaml</translation>
    </message>
    <message>
        <source>Write the active parameters to the configuration file (the previous file is kept as .bak); every changed key is recorded</source>
        <translation>Escribir los parámetros activos en el archivo de configuración (el anterior se guarda como .bak); cada clave cambiada queda registrada</translation>
    </message>
    <message>
        <source>Double-click a value to change it. Changes apply to the running engine at once; those marked “next start” take effect when trading starts again.</source>
        <translation>Haga doble clic en un valor para cambiarlo. Los cambios se aplican al motor en marcha al instante; los marcados «próximo arranque» surten efecto cuando se vuelva a operar.</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>al instante</translation>
    </message>
    <message>
        <source>next start</source>
        <translation>próximo arranque</translation>
    </message>
    <message>
        <source>Use the mode selector at the top: going live needs a confirmation</source>
        <translation>Use el selector de modo de arriba: pasar a real requiere confirmación</translation>
    </message>
    <message>
        <source>Not loaded from a file: Save asks where to write config.yaml.</source>
        <translation>No se cargó de un archivo: Guardar preguntará dónde escribir config.yaml.</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>%1 cannot be edited here</source>
        <translation>%1 no se puede editar aquí</translation>
    </message>
    <message>
        <source>%1 set to %2 and applied to the engine.</source>
        <translation>%1 puesto a %2 y aplicado al motor.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Refused, the value stays %1: %2</source>
        <translation>Rechazado, el valor sigue siendo %1: %2</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Archivos YAML (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>orion::PerformancePanel</name>
    <message>
        <source>Total P&amp;L</source>
        <translation>PyG total</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Unrealised</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Caída máxima</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Saldo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Cumulative P&amp;L</source>
        <translation>PyG acumulada</translation>
    </message>
    <message>
        <source>Performance figures appear once the portfolio ledger is connected to the engine. No trades are recorded yet, so every figure reads “—”.</source>
        <translation>Las cifras aparecen cuando el libro de cartera esté conectado al motor. Aún no hay operaciones registradas, así que todas muestran «—».</translation>
    </message>
    <message>
        <source>too few days</source>
        <translation>muy pocos días</translation>
    </message>
    <message>
        <source>%1 (%2 won)</source>
        <translation>%1 (%2 ganadas)</translation>
    </message>
</context>
<context>
    <name>orion::PositionsPanel</name>
    <message>
        <source>No open positions.</source>
        <translation>No hay posiciones abiertas.</translation>
    </message>
    <message>
        <source>Positions appear here once the portfolio ledger is connected to the engine. Nothing is tracked yet.</source>
        <translation>Las posiciones aparecen aquí cuando el libro de cartera esté conectado al motor. Todavía no se sigue nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s) · cost %1 · P&amp;L %2 · locked in %3</source>
        <translation>
            <numerusform>%n posición abierta · coste %1 · PyG %2 · asegurado %3</numerusform>
            <numerusform>%n posiciones abiertas · coste %1 · PyG %2 · asegurado %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orion::Price</name>
    <message>
        <source>%1 is above 1 dollar; a price is between 0 and 1</source>
        <translation>%1 supera 1 dólar; un precio está entre 0 y 1</translation>
    </message>
    <message>
        <source>%1 micro-dollars is negative; a price is between 0 and 1</source>
        <translation>%1 micro-dólares es negativo; un precio está entre 0 y 1</translation>
    </message>
    <message>
        <source>%1 micro-dollars</source>
        <translation>%1 micro-dólares</translation>
    </message>
    <message>
        <source>the price %1 is not a whole number of cents</source>
        <translation>el precio %1 no es un número entero de centavos</translation>
    </message>
</context>
<context>
    <name>orion::Quantity</name>
    <message>
        <source>the step %1 is not a positive quantity</source>
        <translation>el paso %1 no es una cantidad positiva</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 no es múltiplo de %2</translation>
    </message>
    <message>
        <source>%1 rounded to a multiple of %2 does not fit</source>
        <translation>%1 redondeado a un múltiplo de %2 no cabe</translation>
    </message>
</context>
<context>
    <name>orion::Ratio</name>
    <message>
        <source>%1 of %2 is not a whole number of micro-dollars</source>
        <translation>%1 de %2 no es un número entero de micro-dólares</translation>
    </message>
    <message>
        <source>%1 of %2 does not fit in int64 micro-dollars</source>
        <translation>%1 de %2 no cabe en micro-dólares int64</translation>
    </message>
</context>
<context>
    <name>orion::ReportCommand</name>
    <message>
        <source>Prints the ledger summary of one trading mode from the database.</source>
        <translation>Muestra el resumen del libro de un modo de operación a partir de la base de datos.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>paper or live (default: engine.mode when it is one of them, else paper).</source>
        <translation>paper o live (predeterminado: engine.mode si es uno de ellos; si no, paper).</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt;.</source>
        <translation>Leer la configuración de &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Database URL instead of database.url, e.g. sqlite:///orion.db.</source>
        <translation>URL de base de datos en lugar de database.url, p. ej. sqlite:///orion.db.</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argumento inesperado</translation>
    </message>
    <message>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format admite text o json, no «%1»</translation>
    </message>
    <message>
        <source>--mode takes paper or live, not &quot;%1&quot;</source>
        <translation>--mode admite paper o live, no «%1»</translation>
    </message>
    <message>
        <source>the configuration has %1 problem(s):</source>
        <translation>la configuración tiene %1 problema(s):</translation>
    </message>
    <message>
        <source>database.url is an in-memory database, which keeps no ledger</source>
        <translation>database.url es una base de datos en memoria, que no guarda ningún libro</translation>
    </message>
    <message>
        <source>there is no database at %1 (database.url: %2); the engine creates it on its first run, or create it with orion --init-db</source>
        <translation>no hay ninguna base de datos en %1 (database.url: %2); el motor la crea en su primera ejecución, o créela con orion --init-db</translation>
    </message>
    <message>
        <source>cannot read the database %1</source>
        <translation>no se puede leer la base de datos %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Orion database (it has no schema); create it with orion --init-db</source>
        <translation>%1 no es una base de datos de Orion (no tiene esquema); créela con orion --init-db</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date: %2</source>
        <translation>no se puede actualizar %1: %2</translation>
    </message>
</context>
<context>
    <name>orion::StoreCredentialService</name>
    <message>
        <source>unknown credential &quot;%1&quot;</source>
        <translation>credencial desconocida «%1»</translation>
    </message>
    <message>
        <source>not configured: missing %1</source>
        <translation>sin configurar: falta %1</translation>
    </message>
    <message>
        <source>credentials are stored, but this build has no authenticated check for %1</source>
        <translation>las credenciales están guardadas, pero esta versión no tiene comprobación autenticada para %1</translation>
    </message>
</context>
<context>
    <name>orion::TradingPipeline</name>
    <message>
        <source>The ledger could not be rebuilt: %1</source>
        <translation>No se pudo reconstruir el libro mayor: %1</translation>
    </message>
    <message>
        <source>Kalshi cannot be used: %1</source>
        <translation>No se puede usar Kalshi: %1</translation>
    </message>
    <message>
        <source>Kalshi credentials are missing (kalshi.key_id, kalshi.private_key): Kalshi&apos;s market feed needs them. Store them with `orion credentials set`.</source>
        <translation>Faltan las credenciales de Kalshi (kalshi.key_id, kalshi.private_key): el flujo de datos de mercado de Kalshi las necesita. Guárdelas con `orion credentials set`.</translation>
    </message>
    <message>
        <source>Polymarket cannot be used: %1</source>
        <translation>No se puede usar Polymarket: %1</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 falló: %3</translation>
    </message>
    <message>
        <source>The execution mode stays %1: %2</source>
        <translation>El modo de ejecución sigue siendo %1: %2</translation>
    </message>
    <message>
        <source>Live trading cannot start: missing %1</source>
        <translation>No se puede empezar a operar con dinero real: falta %1</translation>
    </message>
    <message>
        <source>Reconciliation: %1</source>
        <translation>Conciliación: %1</translation>
    </message>
    <message>
        <source>the journal could not be reconciled with the venues; nothing is traded until it is (restart once the venues answer)</source>
        <translation>no se pudo conciliar el diario con las plataformas; no se opera nada hasta lograrlo (reinicie cuando las plataformas respondan)</translation>
    </message>
    <message>
        <source>Unfinished trades could not be resumed: %1</source>
        <translation>No se pudieron reanudar las operaciones sin terminar: %1</translation>
    </message>
    <message>
        <source>Paper positions could not be restored: %1</source>
        <translation>No se pudieron restaurar las posiciones en papel: %1</translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation>Falló el emparejamiento: %1</translation>
    </message>
    <message>
        <source>The matched pairs were not stored: %1</source>
        <translation>Los pares emparejados no se guardaron: %1</translation>
    </message>
    <message>
        <source>Rebalance suggested: move $%1 from %2 to %3 (%4)</source>
        <translation>Se recomienda reequilibrar: mover $%1 de %2 a %3 (%4)</translation>
    </message>
</context>
</TS>
