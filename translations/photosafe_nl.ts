<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About PhotoSafe</source>
            <translation>Over PhotoSafe</translation>
        </message>
        <message>
            <source>Make photos of children safe to share, and get images removed from the internet. PhotoSafe sends no data anywhere unless you ask it to.</source>
            <translation>Maak foto's van kinderen veilig om te delen en laat beelden van het internet verwijderen. PhotoSafe verstuurt nergens gegevens naartoe, tenzij u erom vraagt.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>PhotoSafe is built with these components:</source>
            <translation>PhotoSafe is gebouwd met deze onderdelen:</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
    </context>
    <context>
        <name>AreaPage</name>
        <message>
            <source>Back to start</source>
            <translation>Terug naar het begin</translation>
        </message>
        <message>
            <source>Back to the start screen (Alt+Home)</source>
            <translation>Terug naar het beginscherm (Alt+Home)</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>I am the person in the image</source>
            <extracomment>categories where the person shown is (or was) a minor categories about intimate or sexual images (IEFH can act for victims)</extracomment>
            <translation>Ik ben de persoon op het beeld</translation>
        </message>
        <message>
            <source>I am a parent or guardian</source>
            <translation>Ik ben een ouder of voogd</translation>
        </message>
        <message>
            <source>I speak for a youth organisation, on behalf of the parents</source>
            <translation>Ik spreek namens een jeugdorganisatie, in naam van de ouders</translation>
        </message>
        <message>
            <source>The field '{field}' must be text.</source>
            <translation>Het veld '{field}' moet tekst zijn.</translation>
        </message>
        <message>
            <source>The field '{field}' is too long ({limit} characters at most).</source>
            <translation>Het veld '{field}' is te lang (hoogstens {limit} tekens).</translation>
        </message>
        <message>
            <source>The field '{field}' must be one of: {allowed}.</source>
            <translation>Het veld '{field}' moet een van deze waarden zijn: {allowed}.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a web address.</source>
            <translation>Het veld '{field}' moet een webadres zijn.</translation>
        </message>
        <message>
            <source>The field '{field}' is not a complete web address (it must start with https:// or http://).</source>
            <translation>Het veld '{field}' is geen volledig webadres (het moet beginnen met https:// of http://).</translation>
        </message>
        <message>
            <source>The field '{field}' must not contain spaces.</source>
            <translation>Het veld '{field}' mag geen spaties bevatten.</translation>
        </message>
        <message>
            <source>The field '{field}' is not an e-mail address.</source>
            <translation>Het veld '{field}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a date and time like 2026-03-14T18:30:00+01:00.</source>
            <translation>Het veld '{field}' moet een datum en tijd zijn, zoals 2026-03-14T18:30:00+01:00.</translation>
        </message>
        <message>
            <source>A case must be a JSON object.</source>
            <translation>Een dossier moet een JSON-object zijn.</translation>
        </message>
        <message>
            <source>The field '{field}' is missing.</source>
            <translation>Het veld '{field}' ontbreekt.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a JSON object.</source>
            <translation>Het veld '{field}' moet een JSON-object zijn.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a list of one or more web addresses.</source>
            <translation>Het veld '{field}' moet een lijst van een of meer webadressen zijn.</translation>
        </message>
        <message>
            <source>The field '{field}' has too many addresses (200 at most).</source>
            <translation>Het veld '{field}' bevat te veel adressen (hoogstens 200).</translation>
        </message>
        <message>
            <source>The field '{field}' must be a whole number of years.</source>
            <translation>Het veld '{field}' moet een geheel aantal jaren zijn.</translation>
        </message>
        <message>
            <source>The field '{field}' is not a valid case id.</source>
            <translation>Het veld '{field}' is geen geldige dossiercode.</translation>
        </message>
        <message>
            <source>The case file cannot be read: {reason}</source>
            <translation>Het dossierbestand kan niet gelezen worden: {reason}</translation>
        </message>
        <message>
            <source>The case file is not valid JSON (line {line}, column {column}).</source>
            <translation>Het dossierbestand is geen geldige JSON (regel {line}, kolom {column}).</translation>
        </message>
    </context>
    <context>
        <name>Categories</name>
        <message>
            <source>A photo of a child was put online without consent</source>
            <translation>Een foto van een kind werd zonder toestemming online gezet</translation>
        </message>
        <message>
            <source>A photo of a child is used in a sexual or predatory context</source>
            <translation>Een foto van een kind wordt in een seksuele of roofzuchtige context gebruikt</translation>
        </message>
        <message>
            <source>An intimate image of an adult was shared without consent</source>
            <translation>Een intiem beeld van een volwassene werd zonder toestemming verspreid</translation>
        </message>
        <message>
            <source>An intimate image of someone under 18 was shared</source>
            <translation>Een intiem beeld van iemand jonger dan 18 werd verspreid</translation>
        </message>
        <message>
            <source>Images used to harass someone</source>
            <translation>Beelden gebruikt om iemand te intimideren</translation>
        </message>
        <message>
            <source>Images filmed with a hidden camera</source>
            <translation>Beelden gemaakt met een verborgen camera</translation>
        </message>
        <message>
            <source>A fake profile or a deepfake uses someone's image</source>
            <translation>Een vals profiel of een deepfake gebruikt iemands beeld</translation>
        </message>
        <message>
            <source>A sexual image of a child</source>
            <translation>Een seksueel beeld van een kind</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Send a first reminder</source>
            <extracomment>which status may follow which (a removed image can come back: send again)</extracomment>
            <translation>Stuur een eerste herinnering</translation>
        </message>
        <message>
            <source>The answer is due (one month)</source>
            <translation>Het antwoord moet er zijn (één maand)</translation>
        </message>
        <message>
            <source>Send a second reminder</source>
            <translation>Stuur een tweede herinnering</translation>
        </message>
        <message>
            <source>Send a final reminder</source>
            <translation>Stuur een laatste herinnering</translation>
        </message>
        <message>
            <source>Escalate: file a complaint</source>
            <translation>Volgende stap: dien een klacht in</translation>
        </message>
        <message>
            <source>Complaint to the Data Protection Authority (GBA/APD)</source>
            <translation>Klacht bij de Gegevensbeschermingsautoriteit (GBA)</translation>
        </message>
        <message>
            <source>Complaint to BIPT, the Digital Services Coordinator</source>
            <translation>Klacht bij het BIPT, de coördinator voor digitale diensten</translation>
        </message>
        <message>
            <source>Ask the Institute for the Equality of Women and Men (IEFH/IGVM) for help</source>
            <translation>Vraag hulp aan het Instituut voor de gelijkheid van vrouwen en mannen (IGVM)</translation>
        </message>
        <message>
            <source>Ask Child Focus for help</source>
            <translation>Vraag hulp aan Child Focus</translation>
        </message>
    </context>
    <context>
        <name>Drafting</name>
        <message>
            <source>(a) an explanation of why the content is illegal</source>
            <translation>(a) een uitleg waarom de inhoud illegaal is</translation>
        </message>
        <message>
            <source>(b) the exact web address of every image</source>
            <translation>(b) het exacte webadres van elk beeld</translation>
        </message>
        <message>
            <source>(c) your name</source>
            <translation>(c) uw naam</translation>
        </message>
        <message>
            <source>(c) your e-mail address</source>
            <translation>(c) uw e-mailadres</translation>
        </message>
        <message>
            <source>(d) the statement that the notice is accurate and complete, in good faith</source>
            <translation>(d) de verklaring te goeder trouw dat de melding juist en volledig is</translation>
        </message>
        <message>
            <source>This request cannot be sent yet. It still needs: {missing}.</source>
            <translation>Dit verzoek kan nog niet verstuurd worden. Er ontbreekt nog: {missing}.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This file is empty (0 bytes).</source>
            <extracomment>Far above any real photo (a 200-megapixel phone photo is 2e8), far below what would exhaust memory on a laptop (RGBA at this size is ~2.4 GB).</extracomment>
            <translation>Dit bestand is leeg (0 bytes).</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to read this file.</source>
            <translation>PhotoSafe mag dit bestand niet lezen.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Dit bestand bestaat niet meer.</translation>
        </message>
        <message>
            <source>This is a folder, not a photo.</source>
            <translation>Dit is een map, geen foto.</translation>
        </message>
        <message>
            <source>This file is not a photo PhotoSafe can read, or it is damaged.</source>
            <translation>Dit bestand is geen foto die PhotoSafe kan lezen, of het is beschadigd.</translation>
        </message>
        <message>
            <source>This image is far too large to be a photo ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <translation>Deze afbeelding is veel te groot voor een foto (hoogstens {limit} megapixel); ze werd niet geopend, om uw computer te beschermen.</translation>
        </message>
        <message>
            <source>This photo is damaged or incomplete and cannot be read.</source>
            <translation>Deze foto is beschadigd of onvolledig en kan niet gelezen worden.</translation>
        </message>
        <message>
            <source>For a sexual image of a child, PhotoSafe keeps the web address only. Do not download, screenshot or save the image: report the address to Child Focus.</source>
            <translation>Bij een seksueel beeld van een kind bewaart PhotoSafe alleen het webadres. Download het beeld niet, maak er geen schermafdruk van en bewaar het niet: meld het adres aan Child Focus.</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not keep a screenshot of it. PhotoSafe keeps the web address, the date and time instead.</source>
            <translation>Het beeld toont iemand jonger dan 18: bewaar er geen schermafdruk van. PhotoSafe bewaart in de plaats het webadres, de datum en het tijdstip.</translation>
        </message>
        <message>
            <source>The screenshot file cannot be read.</source>
            <translation>Het bestand met de schermafdruk kan niet gelezen worden.</translation>
        </message>
        <message>
            <source>The screenshot file is empty or too large ({limit} MB at most).</source>
            <translation>Het bestand met de schermafdruk is leeg of te groot (hoogstens {limit} MB).</translation>
        </message>
        <message>
            <source>The screenshot changed while it was being copied.</source>
            <translation>De schermafdruk veranderde terwijl hij gekopieerd werd.</translation>
        </message>
        <message>
            <source>The screenshot could not be kept: {reason}</source>
            <translation>De schermafdruk kon niet bewaard worden: {reason}</translation>
        </message>
        <message>
            <source>The case log is in use by another PhotoSafe window. Close it and try again.</source>
            <extracomment>MIGRATIONS[n] brings a database from user_version n to n + 1</extracomment>
            <translation>Het dossierlogboek is in gebruik door een ander PhotoSafe-venster. Sluit dat venster en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The disk is full: the case log cannot be saved.</source>
            <translation>De schijf is vol: het dossierlogboek kan niet bewaard worden.</translation>
        </message>
        <message>
            <source>The case log file is damaged and cannot be opened.</source>
            <translation>Het bestand van het dossierlogboek is beschadigd en kan niet geopend worden.</translation>
        </message>
        <message>
            <source>The case log could not be used: {reason}</source>
            <translation>Het dossierlogboek kon niet gebruikt worden: {reason}</translation>
        </message>
        <message>
            <source>The case log was written by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <translation>Het dossierlogboek werd geschreven door een nieuwere versie van PhotoSafe. Werk PhotoSafe bij om het te openen.</translation>
        </message>
        <message>
            <source>The platform directory is not valid: {where}: {problem}</source>
            <translation>De lijst met platformen is niet geldig: {where}: {problem}</translation>
        </message>
        <message>
            <source>PhotoSafe could not reach the internet to find out who hosts this website. Check your connection and try again; your other requests can be sent already.</source>
            <translation>PhotoSafe kon het internet niet bereiken om na te gaan wie deze website host. Controleer uw verbinding en probeer het opnieuw; uw andere verzoeken kunt u al versturen.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website did not answer in time. Try again later.</source>
            <translation>Het register dat weet wie deze website host, antwoordde niet op tijd. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website sent an answer PhotoSafe cannot read.</source>
            <translation>Het register dat weet wie deze website host, stuurde een antwoord dat PhotoSafe niet kan lezen.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website reported a problem (HTTP {status}). Try again later.</source>
            <translation>Het register dat weet wie deze website host, meldde een probleem (HTTP {status}). Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>PhotoSafe cannot look up this kind of web address automatically. Look for a contact or abuse address on the website itself.</source>
            <translation>PhotoSafe kan dit soort webadres niet automatisch opzoeken. Zoek een contact- of misbruikadres op de website zelf.</translation>
        </message>
        <message>
            <source>This is not a complete web address.</source>
            <translation>Dit is geen volledig webadres.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>What would you like to do?</source>
            <translation>Wat wilt u doen?</translation>
        </message>
        <message>
            <source>PhotoSafe works on this computer only. Your photos are never uploaded, and nothing is sent unless you ask for it.</source>
            <translation>PhotoSafe werkt alleen op deze computer. Uw foto's worden nooit geüpload en er wordt niets verstuurd tenzij u erom vraagt.</translation>
        </message>
        <message>
            <source>Make photos safe to share</source>
            <translation>Foto's veilig maken om te delen</translation>
        </message>
        <message>
            <source>Hide children's faces and remove hidden information, such as where a photo was taken, before you post or send your photos.</source>
            <translation>Verberg de gezichten van kinderen en verwijder verborgen informatie, zoals waar een foto genomen is, voordat u uw foto's online zet of verstuurt.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Een beeld van het internet laten verwijderen</translation>
        </message>
        <message>
            <source>One simple form: PhotoSafe finds out whom to ask, writes the requests for you and helps you follow them up.</source>
            <translation>Eén eenvoudig formulier: PhotoSafe zoekt uit aan wie u het moet vragen, schrijft de verzoeken voor u en helpt u ze op te volgen.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message>
            <source>See the removal requests you have made, and what to do next.</source>
            <translation>Bekijk de verwijderingsverzoeken die u hebt gedaan, en wat u nu kunt doen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Start screen</source>
            <translation>&amp;Beginscherm</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hulp</translation>
        </message>
        <message>
            <source>&amp;About PhotoSafe</source>
            <translation>&amp;Over PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderArea</name>
        <message>
            <source>Make photos safe to share</source>
            <translation>Foto's veilig maken om te delen</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Een beeld van het internet laten verwijderen</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message>
            <source>This part of PhotoSafe is not ready yet. It will arrive in an update.</source>
            <translation>Dit deel van PhotoSafe is nog niet klaar. Het komt in een volgende versie.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>This computer has no safe password storage (system keyring). PhotoSafe stores no password or token and will ask for it each time it is needed.</source>
            <translation>Deze computer heeft geen veilige opslag voor wachtwoorden (systeemsleutelbos). PhotoSafe bewaart geen wachtwoord of token en vraagt het telkens opnieuw wanneer het nodig is.</translation>
        </message>
        <message>
            <source>The system keyring did not work. PhotoSafe stores no password or token and will ask for it each time it is needed.</source>
            <translation>De systeemsleutelbos werkte niet. PhotoSafe bewaart geen wachtwoord of token en vraagt het telkens opnieuw wanneer het nodig is.</translation>
        </message>
    </context>
    <context>
        <name>Sending</name>
        <message>
            <source>The mail server is not set up yet: fill in the server and your address.</source>
            <translation>De mailserver is nog niet ingesteld: vul de server en uw adres in.</translation>
        </message>
        <message>
            <source>There is no e-mail address to send this request to.</source>
            <translation>Er is geen e-mailadres om dit verzoek naartoe te sturen.</translation>
        </message>
        <message>
            <source>The e-mail address '{address}' does not look right.</source>
            <translation>Het e-mailadres '{address}' lijkt niet juist.</translation>
        </message>
        <message>
            <source>PhotoSafe could not reach the server. Check your internet connection and the server name, then try again.</source>
            <translation>PhotoSafe kon de server niet bereiken. Controleer uw internetverbinding en de naam van de server en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The server refused the connection. Check the server name and the port number.</source>
            <translation>De server weigerde de verbinding. Controleer de naam van de server en het poortnummer.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again in a moment.</source>
            <translation>De server antwoordde niet op tijd. Probeer het zo meteen opnieuw.</translation>
        </message>
        <message>
            <source>A secure connection to the mail server could not be made. Check the security setting (STARTTLS usually goes with port 587, SSL/TLS with port 465).</source>
            <translation>Er kon geen beveiligde verbinding met de mailserver gemaakt worden. Controleer de beveiligingsinstelling (STARTTLS hoort meestal bij poort 587, SSL/TLS bij poort 465).</translation>
        </message>
        <message>
            <source>The mail server did not accept your user name or password. Some providers need an app password: see your provider's help pages.</source>
            <translation>De mailserver aanvaardde uw gebruikersnaam of wachtwoord niet. Sommige providers vragen een app-wachtwoord: zie de hulppagina’s van uw provider.</translation>
        </message>
        <message>
            <source>This mail server does not offer a login on this connection. Check the security setting, or leave the user name empty if the server needs no login.</source>
            <translation>Deze mailserver biedt op deze verbinding geen aanmelding aan. Controleer de beveiligingsinstelling, of laat de gebruikersnaam leeg als de server geen aanmelding nodig heeft.</translation>
        </message>
        <message>
            <source>The mail server refused the recipient's address: {reason}</source>
            <translation>De mailserver weigerde het adres van de ontvanger: {reason}</translation>
        </message>
        <message>
            <source>The mail server refused your address as sender. Use the address of this mail account: {reason}</source>
            <translation>De mailserver weigerde uw adres als afzender. Gebruik het adres van deze mailaccount: {reason}</translation>
        </message>
        <message>
            <source>The server reported a problem: {reason}</source>
            <translation>De server meldde een probleem: {reason}</translation>
        </message>
        <message>
            <source>No organisation's address (endpoint) is set up for sending.</source>
            <translation>Er is geen adres (endpoint) van een organisatie ingesteld om naar te versturen.</translation>
        </message>
        <message>
            <source>The organisation's system refused the request (HTTP {status}): {reason}</source>
            <translation>Het systeem van de organisatie weigerde het verzoek (HTTP {status}): {reason}</translation>
        </message>
        <message>
            <source>The organisation's system did not accept the access token (HTTP {status}). Check the token in the settings.</source>
            <translation>Het systeem van de organisatie aanvaardde de toegangstoken niet (HTTP {status}). Controleer de token in de instellingen.</translation>
        </message>
        <message>
            <source>The organisation's system reported a problem (HTTP {status}), also after {attempts} tries. Try again later.</source>
            <translation>Het systeem van de organisatie meldde een probleem (HTTP {status}), ook na {attempts} pogingen. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet bewaard worden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <extracomment>``reminders_sent`` at this value: the escalation letter was made, nothing more falls due</extracomment>
            <translation>Ontwerp</translation>
        </message>
        <message>
            <source>Sent, waiting for an answer</source>
            <translation>Verstuurd, wacht op antwoord</translation>
        </message>
        <message>
            <source>Receipt confirmed</source>
            <translation>Ontvangst bevestigd</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Geen antwoord</translation>
        </message>
    </context>
    <context>
        <name>Triage</name>
        <message>
            <source>Do not keep or send a copy</source>
            <translation>Bewaar of verstuur geen kopie</translation>
        </message>
        <message>
            <source>Do not download, screenshot, save or forward the image, not even as evidence. The web address is enough. PhotoSafe keeps only the web addresses for this case.</source>
            <translation>Download het beeld niet, maak er geen schermafdruk van, bewaar het niet en stuur het niet door, ook niet als bewijs. Het webadres volstaat. PhotoSafe bewaart voor dit dossier alleen de webadressen.</translation>
        </message>
        <message>
            <source>Report the web address to Child Focus</source>
            <translation>Meld het webadres aan Child Focus</translation>
        </message>
        <message>
            <source>Report only the web address (URL) at stopchildporno.be. You may report anonymously. Child Focus can also be called on 116 000.</source>
            <translation>Meld alleen het webadres (URL) op stopchildporno.be. U mag anoniem melden. U kunt Child Focus ook bellen op 116 000.</translation>
        </message>
        <message>
            <source>Websites abroad: the INHOPE hotlines</source>
            <translation>Websites in het buitenland: de INHOPE-meldpunten</translation>
        </message>
        <message>
            <source>For a website in another country, the report reaches the hotline of that country through the INHOPE network of hotlines.</source>
            <translation>Voor een website in een ander land bereikt de melding het meldpunt van dat land via het INHOPE-netwerk van meldpunten.</translation>
        </message>
        <message>
            <source>Tell the police</source>
            <translation>Verwittig de politie</translation>
        </message>
        <message>
            <source>You can also report the web address to the police. Give the address only; do not bring or send copies of the image.</source>
            <translation>U kunt het webadres ook aan de politie melden. Geef alleen het adres; breng of stuur geen kopieën van het beeld.</translation>
        </message>
        <message>
            <source>Keep only the web addresses</source>
            <translation>Bewaar alleen de webadressen</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not screenshot, save or forward it. Write down the web address, the date and time and the account name instead.</source>
            <translation>Het beeld toont iemand jonger dan 18: maak er geen schermafdruk van, bewaar het niet en stuur het niet door. Noteer in de plaats het webadres, de datum en het tijdstip en de accountnaam.</translation>
        </message>
        <message>
            <source>If you see sexual images of a child, stop here</source>
            <translation>Ziet u seksuele beelden van een kind? Stop dan hier</translation>
        </message>
        <message>
            <source>If the page shows sexual images of a child, do not screenshot it: go back and choose "A sexual image of a child".</source>
            <translation>Toont de pagina seksuele beelden van een kind, maak er dan geen schermafdruk van: ga terug en kies "Een seksueel beeld van een kind".</translation>
        </message>
        <message>
            <source>Keep evidence before it disappears</source>
            <translation>Bewaar bewijs voor het verdwijnt</translation>
        </message>
        <message>
            <source>Note the web address, the date and time of the post and of your capture, the account name and the context. Keep screenshots unedited, on your computer only.</source>
            <translation>Noteer het webadres, de datum en het tijdstip van het bericht en van uw schermafdruk, de accountnaam en de context. Bewaar schermafdrukken onbewerkt, alleen op uw computer.</translation>
        </message>
        <message>
            <source>Block copies with StopNCII.org</source>
            <translation>Blokkeer kopieën met StopNCII.org</translation>
        </message>
        <message>
            <source>StopNCII.org makes a fingerprint (hash) of the image on your own device; the image itself is not uploaded. Partner platforms use it to block copies. Keep the case number and PIN.</source>
            <translation>StopNCII.org maakt een vingerafdruk (hash) van het beeld op uw eigen toestel; het beeld zelf wordt niet opgeladen. Partnerplatformen gebruiken die om kopieën te blokkeren. Bewaar het dossiernummer en de pincode.</translation>
        </message>
        <message>
            <source>Block copies with Take It Down</source>
            <translation>Blokkeer kopieën met Take It Down</translation>
        </message>
        <message>
            <source>Take It Down (NCMEC) is for intimate images of someone under 18. The fingerprint (hash) is made on the device; the image is not uploaded.</source>
            <translation>Take It Down (NCMEC) is er voor intieme beelden van iemand jonger dan 18. De vingerafdruk (hash) wordt op het toestel gemaakt; het beeld wordt niet opgeladen.</translation>
        </message>
        <message>
            <source>Ask each platform to remove it</source>
            <translation>Vraag elk platform om het te verwijderen</translation>
        </message>
        <message>
            <source>PhotoSafe drafts one request for each site where the image is, with the legal grounds the site has to consider. You check each one before sending it.</source>
            <translation>PhotoSafe stelt een verzoek op voor elke site waar het beeld staat, met de juridische gronden waarmee de site rekening moet houden. U controleert elk verzoek voor u het verstuurt.</translation>
        </message>
        <message>
            <source>Write to the hosting provider of other websites</source>
            <translation>Schrijf naar de hostingprovider van andere websites</translation>
        </message>
        <message>
            <source>For a website that is not a known platform, the request goes to the abuse contact of the company that hosts it or registered its name.</source>
            <translation>Voor een website die geen bekend platform is, gaat het verzoek naar het misbruikadres van het bedrijf dat de site host of de naam registreerde.</translation>
        </message>
        <message>
            <source>Ask search engines to drop it from their results</source>
            <translation>Vraag zoekmachines om het uit hun resultaten te halen</translation>
        </message>
        <message>
            <source>A search engine removes the image from its results only, not from the website itself, so ask the website too.</source>
            <translation>Een zoekmachine haalt het beeld alleen uit haar resultaten, niet van de website zelf: vraag het dus ook aan de website.</translation>
        </message>
        <message>
            <source>Get help from the Institute for the Equality of Women and Men</source>
            <translation>Vraag hulp aan het Instituut voor de gelijkheid van vrouwen en mannen</translation>
        </message>
        <message>
            <source>The Institute (IEFH/IGVM) may act for victims of sexual images shared without consent, and is a trusted flagger with several platforms.</source>
            <translation>Het Instituut (IGVM) kan optreden voor slachtoffers van seksuele beelden die zonder toestemming verspreid werden, en is bij verschillende platformen betrouwbare melder (trusted flagger).</translation>
        </message>
        <message>
            <source>Urgent removal through the court</source>
            <translation>Dringende verwijdering via de rechtbank</translation>
        </message>
        <message>
            <source>Belgian law has an urgent procedure before the president of the court of first instance: the order requires removal within 6 hours of being served. A lawyer can help you with it.</source>
            <translation>Het Belgische recht kent een spoedprocedure bij de voorzitter van de rechtbank van eerste aanleg: het bevel vereist verwijdering binnen 6 uur na betekening. Een advocaat kan u daarbij helpen.</translation>
        </message>
        <message>
            <source>File a complaint with the police</source>
            <translation>Dien een klacht in bij de politie</translation>
        </message>
        <message>
            <source>You can file a complaint at the police. Bring the dossier PhotoSafe makes of this case.</source>
            <translation>U kunt klacht indienen bij de politie. Neem het dossier mee dat PhotoSafe van deze zaak maakt.</translation>
        </message>
        <message>
            <source>Report the web address to Child Focus too</source>
            <translation>Meld het webadres ook aan Child Focus</translation>
        </message>
        <message>
            <source>A photo of a child used in a sexual or predatory context can be reported to Child Focus at stopchildporno.be. Report the web address only.</source>
            <translation>Een foto van een kind die in een seksuele of roofzuchtige context gebruikt wordt, kunt u melden aan Child Focus op stopchildporno.be. Meld alleen het webadres.</translation>
        </message>
        <message>
            <source>Use a separate e-mail address</source>
            <translation>Gebruik een apart e-mailadres</translation>
        </message>
        <message>
            <source>Use a separate e-mail address for these requests. Never send your home address or a copy of your identity card.</source>
            <translation>Gebruik een apart e-mailadres voor deze verzoeken. Stuur nooit uw thuisadres of een kopie van uw identiteitskaart.</translation>
        </message>
    </context>
</TS>
