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
        <name>CrashDialog</name>
        <message>
            <source>PhotoSafe ran into a problem it did not expect. Your photos and cases are safe. If it happens again, please send us the log file (it contains no names, addresses or photos):
{path}</source>
            <translation>PhotoSafe liep tegen een onverwacht probleem aan. Uw foto's en dossiers zijn veilig. Als het opnieuw gebeurt, stuur ons dan het logbestand (het bevat geen namen, adressen of foto's):
{path}</translation>
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
        <name>Effects</name>
        <message>
            <source>Solid block (safest)</source>
            <translation>Effen vlak (het veiligst)</translation>
        </message>
        <message>
            <source>Large pixels</source>
            <translation>Grote pixels</translation>
        </message>
        <message>
            <source>Strong blur</source>
            <translation>Sterke vervaging</translation>
        </message>
        <message>
            <source>Sticker</source>
            <translation>Sticker</translation>
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
        <message>
            <source>An unexpected problem stopped this photo. Please report it.</source>
            <extracomment>file name endings collected from folders (single files are always read by content)</extracomment>
            <translation>Een onverwacht probleem hield deze foto tegen. Meld het alstublieft.</translation>
        </message>
        <message>
            <source>There was not enough memory for this photo.</source>
            <translation>Er was niet genoeg geheugen voor deze foto.</translation>
        </message>
        <message>
            <source>The folder to save in does not exist.</source>
            <translation>De map om in op te slaan bestaat niet.</translation>
        </message>
        <message>
            <source>A file with this name already exists; it was left alone.</source>
            <translation>Er bestaat al een bestand met deze naam; het werd niet aangeraakt.</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to save in this folder.</source>
            <translation>PhotoSafe mag niet opslaan in deze map.</translation>
        </message>
        <message>
            <source>The disk is full; the photo was not saved.</source>
            <translation>De schijf is vol; de foto werd niet opgeslagen.</translation>
        </message>
        <message>
            <source>The photo could not be saved ({reason}).</source>
            <translation>De foto kon niet worden opgeslagen ({reason}).</translation>
        </message>
        <message>
            <source>The check after saving found hidden data in the new file, so it was not kept. Please report this problem.</source>
            <extracomment>JPEG segments that hold only what a decoder needs PNG chunks that hold only what a decoder needs (no text, time, exif, colour profile) WebP chunks that hold only what a decoder needs (no EXIF, XMP, ICCP, animation) keys Pillow may report that are not metadata</extracomment>
            <translation>Bij de controle na het opslaan werden verborgen gegevens in het nieuwe bestand gevonden. Daarom werd het niet bewaard. Meld dit probleem alstublieft.</translation>
        </message>
        <message>
            <source>Something went wrong while reading this photo.</source>
            <translation>Er ging iets mis bij het lezen van deze foto.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export safe copies</source>
            <translation>Veilige kopieën exporteren</translation>
        </message>
        <message numerus="yes">
            <source>PhotoSafe writes new, clean copies of your %n photo(s). The originals are not changed.</source>
            <translation>
                <numerusform>PhotoSafe maakt een nieuwe, schone kopie van uw foto. Het origineel blijft ongewijzigd.</numerusform>
                <numerusform>PhotoSafe maakt nieuwe, schone kopieën van uw %n foto's. De originelen blijven ongewijzigd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the safe copies</source>
            <translation>Map voor de veilige kopieën</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Opslaan in:</translation>
        </message>
        <message>
            <source>Same as the original (HEIC becomes JPEG)</source>
            <translation>Zoals het origineel (HEIC wordt JPEG)</translation>
        </message>
        <message>
            <source>JPEG (smallest, for photos)</source>
            <translation>JPEG (kleinst, voor foto's)</translation>
        </message>
        <message>
            <source>PNG (lossless, larger files)</source>
            <translation>PNG (zonder kwaliteitsverlies, grotere bestanden)</translation>
        </message>
        <message>
            <source>WebP</source>
            <translation>WebP</translation>
        </message>
        <message>
            <source>File type:</source>
            <translation>Bestandstype:</translation>
        </message>
        <message>
            <source>Quality:</source>
            <translation>Kwaliteit:</translation>
        </message>
        <message>
            <source>Original size</source>
            <translation>Oorspronkelijke grootte</translation>
        </message>
        <message>
            <source>At most {pixels} pixels wide or high</source>
            <translation>Hoogstens {pixels} pixels breed of hoog</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Grootte:</translation>
        </message>
        <message>
            <source>As set in each photo</source>
            <translation>Zoals ingesteld in elke foto</translation>
        </message>
        <message>
            <source>Hide faces with:</source>
            <translation>Gezichten verbergen met:</translation>
        </message>
        <message>
            <source>Give the copies neutral names (album-001.jpg, …)</source>
            <translation>Geef de kopieën neutrale namen (album-001.jpg, …)</translation>
        </message>
        <message>
            <source>File names often contain children's names.</source>
            <translation>Bestandsnamen bevatten vaak de namen van kinderen.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) will be hidden as you set them in each photo.</source>
            <translation>
                <numerusform>%n gezicht wordt verborgen zoals u het in de foto hebt ingesteld.</numerusform>
                <numerusform>%n gezichten worden verborgen zoals u ze in elke foto hebt ingesteld.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Where should the safe copies go?</source>
            <translation>Waar moeten de veilige kopieën komen?</translation>
        </message>
        <message>
            <source>Making safe copies…</source>
            <translation>Veilige kopieën maken…</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <source>Please choose a folder for the safe copies.</source>
            <translation>Kies een map voor de veilige kopieën.</translation>
        </message>
        <message>
            <source>This folder cannot be created or written to. Please choose another one.</source>
            <translation>Deze map kan niet gemaakt of beschreven worden. Kies een andere map.</translation>
        </message>
        <message>
            <source>{done} of {total} photos</source>
            <translation>{done} van {total} foto's</translation>
        </message>
        <message>
            <source>less than a minute left</source>
            <translation>nog minder dan een minuut</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>nog ongeveer %n minuut</numerusform>
                <numerusform>nog ongeveer %n minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping… photos already written are being removed.</source>
            <translation>Stoppen… foto's die al geschreven waren worden verwijderd.</translation>
        </message>
        <message>
            <source>The export stopped because of an unexpected problem. Your originals are untouched.</source>
            <translation>Het exporteren is gestopt door een onverwacht probleem. Uw originelen zijn niet aangeraakt.</translation>
        </message>
        <message>
            <source>PhotoSafe — export report</source>
            <translation>PhotoSafe — exportverslag</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <source>Photos exported: {count}</source>
            <translation>Geëxporteerde foto's: {count}</translation>
        </message>
        <message>
            <source>Faces hidden: {count}</source>
            <translation>Verborgen gezichten: {count}</translation>
        </message>
        <message>
            <source>Photos from which hidden information was removed: {count}</source>
            <translation>Foto's waaruit verborgen informatie werd verwijderd: {count}</translation>
        </message>
        <message>
            <source>Every copy was checked after writing: it contains only the image.</source>
            <translation>Elke kopie werd na het schrijven gecontroleerd: ze bevat alleen het beeld.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) hidden</source>
            <translation>
                <numerusform>%n gezicht verborgen</numerusform>
                <numerusform>%n gezichten verborgen</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Niet geëxporteerd:</translation>
        </message>
        <message>
            <source>photo {number}</source>
            <translation>foto {number}</translation>
        </message>
        <message>
            <source>The export was cancelled</source>
            <translation>Het exporteren werd geannuleerd</translation>
        </message>
        <message>
            <source>The export was cancelled. No copies were left behind.</source>
            <translation>Het exporteren werd geannuleerd. Er bleven geen kopieën achter.</translation>
        </message>
        <message>
            <source>✓ Your safe copies are ready</source>
            <translation>✓ Uw veilige kopieën zijn klaar</translation>
        </message>
        <message numerus="yes">
            <source>%n safe copy(ies) saved.</source>
            <translation>
                <numerusform>%n veilige kopie opgeslagen.</numerusform>
                <numerusform>%n veilige kopieën opgeslagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) hidden.</source>
            <translation>
                <numerusform>%n gezicht verborgen.</numerusform>
                <numerusform>%n gezichten verborgen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hidden information removed from %n photo(s) (location, camera, names, …).</source>
            <translation>
                <numerusform>Verborgen informatie verwijderd uit %n foto (locatie, toestel, namen, …).</numerusform>
                <numerusform>Verborgen informatie verwijderd uit %n foto's (locatie, toestel, namen, …).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) could not be exported:</source>
            <translation>
                <numerusform>%n foto kon niet geëxporteerd worden:</numerusform>
                <numerusform>%n foto's konden niet geëxporteerd worden:</numerusform>
            </translation>
        </message>
        <message>
            <source>A short report was saved next to the copies.</source>
            <translation>Naast de kopieën werd een kort verslag opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>Faces</name>
        <message>
            <source>A face-detection model is missing from this installation. Please reinstall PhotoSafe.</source>
            <translation>Een model voor gezichtsherkenning ontbreekt in deze installatie. Installeer PhotoSafe opnieuw.</translation>
        </message>
        <message>
            <source>A face-detection model has been altered or damaged, so PhotoSafe will not use it. Please reinstall PhotoSafe.</source>
            <translation>Een model voor gezichtsherkenning is gewijzigd of beschadigd, daarom gebruikt PhotoSafe het niet. Installeer PhotoSafe opnieuw.</translation>
        </message>
        <message>
            <source>Face detection cannot run on this computer (no usable runtime).</source>
            <translation>Gezichtsherkenning kan niet werken op deze computer (geen bruikbare runtime).</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>This photo shows where it was taken: {position}</source>
            <extracomment>key -&gt; (risk, severity, English label); every label is marked for translation</extracomment>
            <translation>Deze foto toont waar hij genomen werd: {position}</translation>
        </message>
        <message>
            <source>This photo contains other GPS data (height, direction or time).</source>
            <translation>Deze foto bevat andere gps-gegevens (hoogte, richting of tijd).</translation>
        </message>
        <message>
            <source>This photo names a place: {place}</source>
            <translation>Deze foto noemt een plaats: {place}</translation>
        </message>
        <message>
            <source>This photo records when it was taken: {date}</source>
            <translation>Deze foto bewaart wanneer hij genomen werd: {date}</translation>
        </message>
        <message>
            <source>This photo records when it was edited or saved: {date}</source>
            <translation>Deze foto bewaart wanneer hij bewerkt of opgeslagen werd: {date}</translation>
        </message>
        <message>
            <source>This photo names the device that took it: {device}</source>
            <translation>Deze foto noemt het toestel waarmee hij genomen werd: {device}</translation>
        </message>
        <message>
            <source>This photo contains a serial number of the camera or lens: {serial}</source>
            <translation>Deze foto bevat een serienummer van het toestel of de lens: {serial}</translation>
        </message>
        <message>
            <source>This photo contains a unique number that can link it to other copies: {id}</source>
            <translation>Deze foto bevat een uniek nummer waarmee hij aan andere kopieën gekoppeld kan worden: {id}</translation>
        </message>
        <message>
            <source>This photo contains the camera maker's hidden notes, which can include serial numbers.</source>
            <translation>Deze foto bevat verborgen notities van de fabrikant, met mogelijk serienummers.</translation>
        </message>
        <message>
            <source>This photo names people: {names}</source>
            <translation>Deze foto noemt personen: {names}</translation>
        </message>
        <message>
            <source>This photo marks faces with names: {names}</source>
            <translation>Deze foto duidt gezichten aan met namen: {names}</translation>
        </message>
        <message>
            <source>This photo marks where faces or people are in it.</source>
            <translation>Deze foto duidt aan waar gezichten of personen staan.</translation>
        </message>
        <message>
            <source>This photo has a copyright or owner notice: {text}</source>
            <translation>Deze foto heeft een auteursrecht- of eigenaarsvermelding: {text}</translation>
        </message>
        <message>
            <source>This photo has keywords or tags: {keywords}</source>
            <translation>Deze foto heeft trefwoorden of labels: {keywords}</translation>
        </message>
        <message>
            <source>This photo has a title or description: {text}</source>
            <translation>Deze foto heeft een titel of beschrijving: {text}</translation>
        </message>
        <message>
            <source>This photo has a hidden comment: {text}</source>
            <translation>Deze foto heeft een verborgen opmerking: {text}</translation>
        </message>
        <message>
            <source>This photo names the software that made or edited it: {software}</source>
            <translation>Deze foto noemt de software waarmee hij gemaakt of bewerkt werd: {software}</translation>
        </message>
        <message>
            <source>This photo keeps a history of how it was edited.</source>
            <translation>Deze foto bewaart een geschiedenis van hoe hij bewerkt werd.</translation>
        </message>
        <message>
            <source>This photo contains a small preview image ({kind}) that may show the original, unedited photo.</source>
            <translation>Deze foto bevat een klein voorbeeldbeeld ({kind}) dat de oorspronkelijke, onbewerkte foto kan tonen.</translation>
        </message>
        <message>
            <source>This file contains more images besides the photo ({count}): previews, depth or brightness maps.</source>
            <translation>Dit bestand bevat naast de foto nog andere beelden ({count}): voorbeelden, diepte- of helderheidskaarten.</translation>
        </message>
        <message>
            <source>This photo has a colour profile ({name}), which can carry dates and software names.</source>
            <translation>Deze foto heeft een kleurprofiel ({name}), dat datums en namen van software kan bevatten.</translation>
        </message>
        <message>
            <source>This photo carries content credentials (C2PA), which can record who made or edited it and with which tools.</source>
            <translation>Deze foto draagt inhoudsgegevens (C2PA) die kunnen bijhouden wie hem gemaakt of bewerkt heeft en met welke programma's.</translation>
        </message>
        <message>
            <source>This file has {size} bytes of extra data hidden after the end of the image.</source>
            <translation>Dit bestand heeft {size} bytes extra gegevens verborgen na het einde van het beeld.</translation>
        </message>
        <message>
            <source>This photo contains camera data (EXIF): {count} fields.</source>
            <translation>Deze foto bevat cameragegevens (EXIF): {count} velden.</translation>
        </message>
        <message>
            <source>This photo contains a description block (XMP).</source>
            <translation>Deze foto bevat een beschrijvingsblok (XMP).</translation>
        </message>
        <message>
            <source>This photo contains press data (IPTC): {count} fields.</source>
            <translation>Deze foto bevat persgegevens (IPTC): {count} velden.</translation>
        </message>
        <message>
            <source>This file contains other embedded data: {names}</source>
            <translation>Dit bestand bevat andere ingebedde gegevens: {names}</translation>
        </message>
        <message>
            <source>Part of this file could not be read; it may be damaged or incomplete.</source>
            <translation>Een deel van dit bestand kon niet gelezen worden; het is misschien beschadigd of onvolledig.</translation>
        </message>
        <message>
            <source>The file name may contain a name or place: {name}</source>
            <translation>De bestandsnaam bevat misschien een naam of plaats: {name}</translation>
        </message>
        <message>
            <source>The file name contains a date: {date}</source>
            <translation>De bestandsnaam bevat een datum: {date}</translation>
        </message>
        <message>
            <source>This is an animation of {count} frames; only the first frame is kept when it is made safe.</source>
            <translation>Dit is een animatie van {count} beelden; bij het veilig maken wordt alleen het eerste beeld bewaard.</translation>
        </message>
        <message>
            <source>This photo is stored turned or flipped; PhotoSafe turns the pixels so it stays upright.</source>
            <translation>Deze foto is gedraaid of gespiegeld opgeslagen; PhotoSafe draait de pixels zodat hij rechtop blijft.</translation>
        </message>
        <message>
            <source>The extra images stored with this photo (previews, depth or brightness maps) were left out.</source>
            <extracomment>A hook run on the upright, sRGB, full-resolution image before it is encoded. It returns the image to write and a small, JSON-friendly report (e.g. how many faces were hidden). It must be picklable (a module-level function or a functools.partial) for batches. file time given to outputs when ``reset_file_times`` is on: 1 January 2000, 12:00 UTC input formats (Pillow names) that we can write again in the same format</extracomment>
            <translation>De extra beelden die bij deze foto waren opgeslagen (voorbeelden, diepte- of helderheidskaarten) werden weggelaten.</translation>
        </message>
        <message>
            <source>This was an animation of {count} frames; only the first frame was kept.</source>
            <translation>Dit was een animatie van {count} beelden; alleen het eerste beeld werd bewaard.</translation>
        </message>
        <message>
            <source>The colours were converted to standard sRGB so they look the same without the colour profile.</source>
            <translation>De kleuren werden omgezet naar standaard-sRGB, zodat ze er zonder kleurprofiel hetzelfde uitzien.</translation>
        </message>
        <message>
            <source>The photo was turned upright, as a photo viewer shows it.</source>
            <translation>De foto werd rechtgezet, zoals een fotoviewer hem toont.</translation>
        </message>
        <message>
            <source>JPEG cannot store transparency; transparent parts were made white.</source>
            <translation>JPEG kan geen transparantie bewaren; transparante delen werden wit gemaakt.</translation>
        </message>
        <message>
            <source>This {input} file was saved as {output}, which every device can open.</source>
            <translation>Dit {input}-bestand werd opgeslagen als {output}, dat elk toestel kan openen.</translation>
        </message>
        <message>
            <source>The photo was made smaller: {width} × {height} pixels.</source>
            <translation>De foto werd verkleind: {width} × {height} pixels.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>What this photo reveals</source>
            <translation>Wat deze foto verraadt</translation>
        </message>
        <message>
            <source>This photo cannot be read: {reason}</source>
            <translation>Deze foto kan niet gelezen worden: {reason}</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>De foto wordt gelezen…</translation>
        </message>
        <message>
            <source>No hidden information was found in this photo.</source>
            <translation>Er werd geen verborgen informatie gevonden in deze foto.</translation>
        </message>
        <message>
            <source>The safe copies you export contain none of this: PhotoSafe rebuilds each photo from its pixels only.</source>
            <translation>De veilige kopieën die u exporteert bevatten hier niets van: PhotoSafe bouwt elke foto opnieuw op uit alleen de pixels.</translation>
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
        <name>PhotoGrid</name>
        <message>
            <source>Cannot be read: {reason}</source>
            <translation>Kan niet gelezen worden: {reason}</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Openen…</translation>
        </message>
        <message>
            <source>Looking for faces…</source>
            <translation>Gezichten zoeken…</translation>
        </message>
        <message>
            <source>Faces that will be hidden: {count}</source>
            <translation>Gezichten die verborgen worden: {count}</translation>
        </message>
        <message>
            <source>Possible faces to check: {count}</source>
            <translation>Mogelijke gezichten om na te kijken: {count}</translation>
        </message>
        <message>
            <source>No face found: please check this photo</source>
            <translation>Geen gezicht gevonden: kijk deze foto even na</translation>
        </message>
        <message>
            <source>Contains hidden personal information (removed on export)</source>
            <translation>Bevat verborgen persoonlijke informatie (wordt verwijderd bij het exporteren)</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Nagekeken</translation>
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
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to PhotoSafe</source>
            <translation>Welkom bij PhotoSafe</translation>
        </message>
        <message>
            <source>&lt;b&gt;Make photos safe to share:&lt;/b&gt; PhotoSafe finds the faces in your photos and hides them, and removes hidden information such as the place where a photo was taken. Your originals are never changed.</source>
            <translation>&lt;b&gt;Foto's veilig maken om te delen:&lt;/b&gt; PhotoSafe zoekt de gezichten in uw foto's en verbergt ze, en verwijdert verborgen informatie zoals de plaats waar een foto genomen is. Uw originelen worden nooit gewijzigd.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Get an image removed from the internet:&lt;/b&gt; answer a few questions; PhotoSafe finds out whom to ask, writes the requests and helps you follow them up.</source>
            <translation>&lt;b&gt;Een beeld van het internet laten verwijderen:&lt;/b&gt; beantwoord een paar vragen; PhotoSafe zoekt uit aan wie u het moet vragen, schrijft de verzoeken en helpt u ze op te volgen.</translation>
        </message>
        <message>
            <source>Your photos never leave this computer. PhotoSafe only uses the internet when you ask it to send a request or to look up who hosts a website.</source>
            <translation>Uw foto's verlaten deze computer nooit. PhotoSafe gebruikt het internet alleen als u vraagt om een verzoek te versturen of op te zoeken wie een website host.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Beginnen</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceArea</name>
        <message>
            <source>Make photos safe to share</source>
            <translation>Foto's veilig maken om te delen</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Foto's toevoegen…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Een map toevoegen…</translation>
        </message>
        <message>
            <source>Choose photos…</source>
            <translation>Foto's kiezen…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Een map kiezen…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>De laatste wijziging ongedaan maken (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Opnieuw uitvoeren (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Export safe copies…</source>
            <translation>Veilige kopieën exporteren…</translation>
        </message>
        <message>
            <source>Drop photos or a folder here, or choose them below.
PhotoSafe finds the faces and the hidden information. Your original photos are never changed.</source>
            <translation>Sleep foto's of een map hierheen, of kies ze hieronder.
PhotoSafe zoekt de gezichten en de verborgen informatie. Uw originele foto's worden nooit gewijzigd.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Vorige</translation>
        </message>
        <message>
            <source>Previous photo (Page Up)</source>
            <translation>Vorige foto (Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Volgende ▶</translation>
        </message>
        <message>
            <source>Next photo (Page Down)</source>
            <translation>Volgende foto (Page Down)</translation>
        </message>
        <message>
            <source>Show the result</source>
            <translation>Resultaat tonen</translation>
        </message>
        <message>
            <source>Show the photo as it will be exported</source>
            <translation>Toon de foto zoals ze geëxporteerd wordt</translation>
        </message>
        <message>
            <source>How to hide faces:</source>
            <translation>Hoe gezichten verbergen:</translation>
        </message>
        <message>
            <source>For the selected face</source>
            <translation>Voor het gekozen gezicht</translation>
        </message>
        <message>
            <source>For every face in this photo</source>
            <translation>Voor elk gezicht in deze foto</translation>
        </message>
        <message>
            <source>Also hide the possible faces</source>
            <translation>Ook de mogelijke gezichten verbergen</translation>
        </message>
        <message>
            <source>PhotoSafe was not sure these are faces. Hiding them all is the safe choice.</source>
            <translation>PhotoSafe was niet zeker dat dit gezichten zijn. Ze allemaal verbergen is de veilige keuze.</translation>
        </message>
        <message>
            <source>Click a face to hide it or show it. Drag on the photo to hide a face that was missed. Drag a box to move it, or its corners to resize it; Delete removes it.</source>
            <translation>Klik op een gezicht om het te verbergen of te tonen. Sleep over de foto om een gemist gezicht te verbergen. Sleep een kader om het te verplaatsen, of aan de hoeken om de grootte te wijzigen; Delete verwijdert het.</translation>
        </message>
        <message>
            <source>Photos in the album</source>
            <translation>Foto's in het album</translation>
        </message>
        <message>
            <source>The selected photo, with the faces that will be hidden</source>
            <translation>De gekozen foto, met de gezichten die verborgen worden</translation>
        </message>
        <message>
            <source>How to hide faces</source>
            <translation>Hoe gezichten verbergen</translation>
        </message>
        <message>
            <source>Choose photos</source>
            <translation>Foto's kiezen</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.gif *.bmp *.avif);;All files (*)</source>
            <translation>Foto's (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.gif *.bmp *.avif);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Choose a folder with photos</source>
            <translation>Kies een map met foto's</translation>
        </message>
        <message>
            <source>Some files or folders could not be read and were skipped: {count}</source>
            <translation>Sommige bestanden of mappen konden niet gelezen worden en werden overgeslagen: {count}</translation>
        </message>
        <message>
            <source>Hide face</source>
            <translation>Gezicht verbergen</translation>
        </message>
        <message>
            <source>Show face</source>
            <translation>Gezicht tonen</translation>
        </message>
        <message>
            <source>Move or resize face</source>
            <translation>Gezicht verplaatsen of vergroten/verkleinen</translation>
        </message>
        <message>
            <source>Add face</source>
            <translation>Gezicht toevoegen</translation>
        </message>
        <message>
            <source>Remove face</source>
            <translation>Gezicht verwijderen</translation>
        </message>
        <message>
            <source>Change how faces are hidden</source>
            <translation>Wijzigen hoe gezichten verborgen worden</translation>
        </message>
        <message>
            <source>Hide all possible faces</source>
            <translation>Alle mogelijke gezichten verbergen</translation>
        </message>
        <message>
            <source>Mark photo as checked</source>
            <translation>Foto als nagekeken markeren</translation>
        </message>
        <message>
            <source>Mark photo as not checked</source>
            <translation>Foto als niet nagekeken markeren</translation>
        </message>
        <message>
            <source>Checked ✓ (undo with Ctrl+Z)</source>
            <translation>Nagekeken ✓ (ongedaan maken met Ctrl+Z)</translation>
        </message>
        <message>
            <source>I checked: no face to hide</source>
            <translation>Nagekeken: geen gezicht te verbergen</translation>
        </message>
        <message>
            <source>I checked this photo</source>
            <translation>Ik heb deze foto nagekeken</translation>
        </message>
        <message>
            <source>Mark this photo as checked (Ctrl+R)</source>
            <translation>Markeer deze foto als nagekeken (Ctrl+R)</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n foto</numerusform>
                <numerusform>%n foto's</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>looking for faces in %n photo(s)…</source>
            <translation>
                <numerusform>gezichten zoeken in %n foto…</numerusform>
                <numerusform>gezichten zoeken in %n foto's…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) cannot be read</source>
            <translation>
                <numerusform>%n foto kan niet gelezen worden</numerusform>
                <numerusform>%n foto's kunnen niet gelezen worden</numerusform>
            </translation>
        </message>
        <message>
            <source>Add photos to start.</source>
            <translation>Voeg foto's toe om te beginnen.</translation>
        </message>
        <message>
            <source>Please wait: PhotoSafe is still looking for faces.</source>
            <translation>Even geduld: PhotoSafe zoekt nog naar gezichten.</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) need your check (orange): possible faces, or no face found. Look at each one, then press “I checked this photo”.</source>
            <translation>
                <numerusform>%n foto moet u nakijken (oranje): mogelijke gezichten, of geen gezicht gevonden. Bekijk ze en druk dan op “Ik heb deze foto nagekeken”.</numerusform>
                <numerusform>%n foto's moet u nakijken (oranje): mogelijke gezichten, of geen gezicht gevonden. Bekijk ze een voor een en druk dan op “Ik heb deze foto nagekeken”.</numerusform>
            </translation>
        </message>
        <message>
            <source>None of these photos can be read.</source>
            <translation>Geen enkele van deze foto's kan gelezen worden.</translation>
        </message>
        <message>
            <source>All photos are checked. You can export safe copies.</source>
            <translation>Alle foto's zijn nagekeken. U kunt veilige kopieën exporteren.</translation>
        </message>
    </context>
</TS>
