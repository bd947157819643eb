<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About PhotoSafe</source>
            <translation>À propos de PhotoSafe</translation>
        </message>
        <message>
            <source>Make photos of children safe to share, and get images removed from the internet. PhotoSafe sends no data anywhere unless you ask it to.</source>
            <translation>Rendez les photos d'enfants sûres à partager et faites retirer des images d'internet. PhotoSafe n'envoie aucune donnée nulle part, sauf si vous le demandez.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>PhotoSafe is built with these components:</source>
            <translation>PhotoSafe est construit avec ces composants :</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
    </context>
    <context>
        <name>AreaPage</name>
        <message>
            <source>Back to start</source>
            <translation>Retour à l'accueil</translation>
        </message>
        <message>
            <source>Back to the start screen (Alt+Home)</source>
            <translation>Retour à l'écran d'accueil (Alt+Début)</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>I am the person in the image</source>
            <extracomment>categories where the person shown is (or was) a minor categories about intimate or sexual images (IEFH can act for victims)</extracomment>
            <translation>Je suis la personne sur l’image</translation>
        </message>
        <message>
            <source>I am a parent or guardian</source>
            <translation>Je suis un parent ou un tuteur</translation>
        </message>
        <message>
            <source>I speak for a youth organisation, on behalf of the parents</source>
            <translation>Je parle pour une organisation de jeunesse, au nom des parents</translation>
        </message>
        <message>
            <source>The field '{field}' must be text.</source>
            <translation>Le champ « {field} » doit être du texte.</translation>
        </message>
        <message>
            <source>The field '{field}' is too long ({limit} characters at most).</source>
            <translation>Le champ « {field} » est trop long ({limit} caractères au maximum).</translation>
        </message>
        <message>
            <source>The field '{field}' must be one of: {allowed}.</source>
            <translation>Le champ « {field} » doit valoir l’une de ces valeurs : {allowed}.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a web address.</source>
            <translation>Le champ « {field} » doit être une adresse web.</translation>
        </message>
        <message>
            <source>The field '{field}' is not a complete web address (it must start with https:// or http://).</source>
            <translation>Le champ « {field} » n’est pas une adresse web complète (elle doit commencer par https:// ou http://).</translation>
        </message>
        <message>
            <source>The field '{field}' must not contain spaces.</source>
            <translation>Le champ « {field} » ne doit pas contenir d’espaces.</translation>
        </message>
        <message>
            <source>The field '{field}' is not an e-mail address.</source>
            <translation>Le champ « {field} » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a date and time like 2026-03-14T18:30:00+01:00.</source>
            <translation>Le champ « {field} » doit être une date et une heure, comme 2026-03-14T18:30:00+01:00.</translation>
        </message>
        <message>
            <source>A case must be a JSON object.</source>
            <translation>Un dossier doit être un objet JSON.</translation>
        </message>
        <message>
            <source>The field '{field}' is missing.</source>
            <translation>Le champ « {field} » est manquant.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a JSON object.</source>
            <translation>Le champ « {field} » doit être un objet JSON.</translation>
        </message>
        <message>
            <source>The field '{field}' must be a list of one or more web addresses.</source>
            <translation>Le champ « {field} » doit être une liste d’une ou plusieurs adresses web.</translation>
        </message>
        <message>
            <source>The field '{field}' has too many addresses (200 at most).</source>
            <translation>Le champ « {field} » contient trop d’adresses (200 au maximum).</translation>
        </message>
        <message>
            <source>The field '{field}' must be a whole number of years.</source>
            <translation>Le champ « {field} » doit être un nombre entier d’années.</translation>
        </message>
        <message>
            <source>The field '{field}' is not a valid case id.</source>
            <translation>Le champ « {field} » n’est pas un identifiant de dossier valide.</translation>
        </message>
        <message>
            <source>The case file cannot be read: {reason}</source>
            <translation>Le fichier du dossier ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>The case file is not valid JSON (line {line}, column {column}).</source>
            <translation>Le fichier du dossier n’est pas du JSON valide (ligne {line}, colonne {column}).</translation>
        </message>
    </context>
    <context>
        <name>Categories</name>
        <message>
            <source>A photo of a child was put online without consent</source>
            <translation>Une photo d’un enfant a été mise en ligne sans consentement</translation>
        </message>
        <message>
            <source>A photo of a child is used in a sexual or predatory context</source>
            <translation>Une photo d’un enfant est utilisée dans un contexte sexuel ou prédateur</translation>
        </message>
        <message>
            <source>An intimate image of an adult was shared without consent</source>
            <translation>Une image intime d’un adulte a été diffusée sans consentement</translation>
        </message>
        <message>
            <source>An intimate image of someone under 18 was shared</source>
            <translation>Une image intime d’une personne de moins de 18 ans a été diffusée</translation>
        </message>
        <message>
            <source>Images used to harass someone</source>
            <translation>Des images utilisées pour harceler quelqu’un</translation>
        </message>
        <message>
            <source>Images filmed with a hidden camera</source>
            <translation>Des images filmées avec une caméra cachée</translation>
        </message>
        <message>
            <source>A fake profile or a deepfake uses someone's image</source>
            <translation>Un faux profil ou un deepfake utilise l’image de quelqu’un</translation>
        </message>
        <message>
            <source>A sexual image of a child</source>
            <translation>Une image sexuelle d’un enfant</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Send a first reminder</source>
            <extracomment>which status may follow which (a removed image can come back: send again)</extracomment>
            <translation>Envoyer un premier rappel</translation>
        </message>
        <message>
            <source>The answer is due (one month)</source>
            <translation>La réponse est attendue (un mois)</translation>
        </message>
        <message>
            <source>Send a second reminder</source>
            <translation>Envoyer un deuxième rappel</translation>
        </message>
        <message>
            <source>Send a final reminder</source>
            <translation>Envoyer un dernier rappel</translation>
        </message>
        <message>
            <source>Escalate: file a complaint</source>
            <translation>Étape suivante : déposer une plainte</translation>
        </message>
        <message>
            <source>Complaint to the Data Protection Authority (GBA/APD)</source>
            <translation>Plainte auprès de l’Autorité de protection des données (APD)</translation>
        </message>
        <message>
            <source>Complaint to BIPT, the Digital Services Coordinator</source>
            <translation>Plainte auprès de l’IBPT, le coordinateur pour les services numériques</translation>
        </message>
        <message>
            <source>Ask the Institute for the Equality of Women and Men (IEFH/IGVM) for help</source>
            <translation>Demander l’aide de l’Institut pour l’égalité des femmes et des hommes (IEFH)</translation>
        </message>
        <message>
            <source>Ask Child Focus for help</source>
            <translation>Demander l’aide de Child Focus</translation>
        </message>
    </context>
    <context>
        <name>Drafting</name>
        <message>
            <source>(a) an explanation of why the content is illegal</source>
            <translation>(a) une explication de la raison pour laquelle le contenu est illicite</translation>
        </message>
        <message>
            <source>(b) the exact web address of every image</source>
            <translation>(b) l’adresse web exacte de chaque image</translation>
        </message>
        <message>
            <source>(c) your name</source>
            <translation>(c) votre nom</translation>
        </message>
        <message>
            <source>(c) your e-mail address</source>
            <translation>(c) votre adresse e-mail</translation>
        </message>
        <message>
            <source>(d) the statement that the notice is accurate and complete, in good faith</source>
            <translation>(d) la déclaration de bonne foi que la notification est exacte et complète</translation>
        </message>
        <message>
            <source>This request cannot be sent yet. It still needs: {missing}.</source>
            <translation>Cette demande ne peut pas encore être envoyée. Il manque encore : {missing}.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This file is empty (0 bytes).</source>
            <extracomment>Far above any real photo (a 200-megapixel phone photo is 2e8), far below what would exhaust memory on a laptop (RGBA at this size is ~2.4 GB).</extracomment>
            <translation>Ce fichier est vide (0 octet).</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to read this file.</source>
            <translation>PhotoSafe n'a pas le droit de lire ce fichier.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Ce fichier n'existe plus.</translation>
        </message>
        <message>
            <source>This is a folder, not a photo.</source>
            <translation>Ceci est un dossier, pas une photo.</translation>
        </message>
        <message>
            <source>This file is not a photo PhotoSafe can read, or it is damaged.</source>
            <translation>Ce fichier n'est pas une photo que PhotoSafe peut lire, ou il est endommagé.</translation>
        </message>
        <message>
            <source>This image is far too large to be a photo ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <translation>Cette image est bien trop grande pour une photo ({limit} mégapixels au maximum) ; elle n'a pas été ouverte, pour protéger votre ordinateur.</translation>
        </message>
        <message>
            <source>This photo is damaged or incomplete and cannot be read.</source>
            <translation>Cette photo est endommagée ou incomplète et ne peut pas être lue.</translation>
        </message>
        <message>
            <source>For a sexual image of a child, PhotoSafe keeps the web address only. Do not download, screenshot or save the image: report the address to Child Focus.</source>
            <translation>Pour une image sexuelle d’un enfant, PhotoSafe ne conserve que l’adresse web. Ne téléchargez pas l’image, n’en faites pas de capture d’écran et ne la conservez pas : signalez l’adresse à Child Focus.</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not keep a screenshot of it. PhotoSafe keeps the web address, the date and time instead.</source>
            <translation>L’image montre une personne de moins de 18 ans : n’en gardez pas de capture d’écran. PhotoSafe conserve à la place l’adresse web, la date et l’heure.</translation>
        </message>
        <message>
            <source>The screenshot file cannot be read.</source>
            <translation>Le fichier de la capture d’écran ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The screenshot file is empty or too large ({limit} MB at most).</source>
            <translation>Le fichier de la capture d’écran est vide ou trop volumineux ({limit} Mo au maximum).</translation>
        </message>
        <message>
            <source>The screenshot changed while it was being copied.</source>
            <translation>La capture d’écran a changé pendant la copie.</translation>
        </message>
        <message>
            <source>The screenshot could not be kept: {reason}</source>
            <translation>La capture d’écran n’a pas pu être conservée : {reason}</translation>
        </message>
        <message>
            <source>The case log is in use by another PhotoSafe window. Close it and try again.</source>
            <extracomment>MIGRATIONS[n] brings a database from user_version n to n + 1</extracomment>
            <translation>Le journal des dossiers est utilisé par une autre fenêtre de PhotoSafe. Fermez-la et réessayez.</translation>
        </message>
        <message>
            <source>The disk is full: the case log cannot be saved.</source>
            <translation>Le disque est plein : le journal des dossiers ne peut pas être enregistré.</translation>
        </message>
        <message>
            <source>The case log file is damaged and cannot be opened.</source>
            <translation>Le fichier du journal des dossiers est endommagé et ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>The case log could not be used: {reason}</source>
            <translation>Le journal des dossiers n’a pas pu être utilisé : {reason}</translation>
        </message>
        <message>
            <source>The case log was written by a newer version of PhotoSafe. Update PhotoSafe to open it.</source>
            <translation>Le journal des dossiers a été écrit par une version plus récente de PhotoSafe. Mettez PhotoSafe à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The platform directory is not valid: {where}: {problem}</source>
            <translation>La liste des plateformes n’est pas valide : {where} : {problem}</translation>
        </message>
        <message>
            <source>PhotoSafe could not reach the internet to find out who hosts this website. Check your connection and try again; your other requests can be sent already.</source>
            <translation>PhotoSafe n’a pas pu joindre Internet pour savoir qui héberge ce site. Vérifiez votre connexion et réessayez ; vos autres demandes peuvent déjà être envoyées.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website did not answer in time. Try again later.</source>
            <translation>Le registre qui sait qui héberge ce site n’a pas répondu à temps. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website sent an answer PhotoSafe cannot read.</source>
            <translation>Le registre qui sait qui héberge ce site a envoyé une réponse que PhotoSafe ne peut pas lire.</translation>
        </message>
        <message>
            <source>The registry that knows who hosts this website reported a problem (HTTP {status}). Try again later.</source>
            <translation>Le registre qui sait qui héberge ce site a signalé un problème (HTTP {status}). Réessayez plus tard.</translation>
        </message>
        <message>
            <source>PhotoSafe cannot look up this kind of web address automatically. Look for a contact or abuse address on the website itself.</source>
            <translation>PhotoSafe ne peut pas rechercher automatiquement ce type d’adresse web. Cherchez une adresse de contact ou de signalement d’abus sur le site lui-même.</translation>
        </message>
        <message>
            <source>This is not a complete web address.</source>
            <translation>Ce n’est pas une adresse web complète.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <source>PhotoSafe works on this computer only. Your photos are never uploaded, and nothing is sent unless you ask for it.</source>
            <translation>PhotoSafe fonctionne uniquement sur cet ordinateur. Vos photos ne sont jamais envoyées en ligne, et rien n'est transmis sans votre demande.</translation>
        </message>
        <message>
            <source>Make photos safe to share</source>
            <translation>Rendre des photos sûres à partager</translation>
        </message>
        <message>
            <source>Hide children's faces and remove hidden information, such as where a photo was taken, before you post or send your photos.</source>
            <translation>Masquez les visages des enfants et supprimez les informations cachées, comme l'endroit où une photo a été prise, avant de publier ou d'envoyer vos photos.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Faire retirer une image d'internet</translation>
        </message>
        <message>
            <source>One simple form: PhotoSafe finds out whom to ask, writes the requests for you and helps you follow them up.</source>
            <translation>Un seul formulaire simple : PhotoSafe trouve à qui s'adresser, rédige les demandes pour vous et vous aide à les suivre.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>See the removal requests you have made, and what to do next.</source>
            <translation>Consultez les demandes de retrait que vous avez faites, et ce qu'il reste à faire.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Start screen</source>
            <translation>Écran d'&amp;accueil</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About PhotoSafe</source>
            <translation>À &amp;propos de PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderArea</name>
        <message>
            <source>Make photos safe to share</source>
            <translation>Rendre des photos sûres à partager</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Faire retirer une image d'internet</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>This part of PhotoSafe is not ready yet. It will arrive in an update.</source>
            <translation>Cette partie de PhotoSafe n'est pas encore prête. Elle arrivera dans une mise à jour.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <source>This computer has no safe password storage (system keyring). PhotoSafe stores no password or token and will ask for it each time it is needed.</source>
            <translation>Cet ordinateur n’a pas de stockage sûr pour les mots de passe (trousseau du système). PhotoSafe ne conserve aucun mot de passe ni jeton et vous le demandera chaque fois qu’il est nécessaire.</translation>
        </message>
        <message>
            <source>The system keyring did not work. PhotoSafe stores no password or token and will ask for it each time it is needed.</source>
            <translation>Le trousseau du système n’a pas fonctionné. PhotoSafe ne conserve aucun mot de passe ni jeton et vous le demandera chaque fois qu’il est nécessaire.</translation>
        </message>
    </context>
    <context>
        <name>Sending</name>
        <message>
            <source>The mail server is not set up yet: fill in the server and your address.</source>
            <translation>Le serveur de courrier n’est pas encore configuré : indiquez le serveur et votre adresse.</translation>
        </message>
        <message>
            <source>There is no e-mail address to send this request to.</source>
            <translation>Il n’y a pas d’adresse e-mail à laquelle envoyer cette demande.</translation>
        </message>
        <message>
            <source>The e-mail address '{address}' does not look right.</source>
            <translation>L’adresse e-mail « {address} » ne semble pas correcte.</translation>
        </message>
        <message>
            <source>PhotoSafe could not reach the server. Check your internet connection and the server name, then try again.</source>
            <translation>PhotoSafe n’a pas pu joindre le serveur. Vérifiez votre connexion internet et le nom du serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>The server refused the connection. Check the server name and the port number.</source>
            <translation>Le serveur a refusé la connexion. Vérifiez le nom du serveur et le numéro de port.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again in a moment.</source>
            <translation>Le serveur n’a pas répondu à temps. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>A secure connection to the mail server could not be made. Check the security setting (STARTTLS usually goes with port 587, SSL/TLS with port 465).</source>
            <translation>Impossible d’établir une connexion sécurisée avec le serveur de courrier. Vérifiez le réglage de sécurité (STARTTLS va en général avec le port 587, SSL/TLS avec le port 465).</translation>
        </message>
        <message>
            <source>The mail server did not accept your user name or password. Some providers need an app password: see your provider's help pages.</source>
            <translation>Le serveur de courrier n’a pas accepté votre nom d’utilisateur ou votre mot de passe. Certains fournisseurs demandent un mot de passe d’application : voyez les pages d’aide de votre fournisseur.</translation>
        </message>
        <message>
            <source>This mail server does not offer a login on this connection. Check the security setting, or leave the user name empty if the server needs no login.</source>
            <translation>Ce serveur de courrier ne propose pas d’identification sur cette connexion. Vérifiez le réglage de sécurité, ou laissez le nom d’utilisateur vide si le serveur n’en demande pas.</translation>
        </message>
        <message>
            <source>The mail server refused the recipient's address: {reason}</source>
            <translation>Le serveur de courrier a refusé l’adresse du destinataire : {reason}</translation>
        </message>
        <message>
            <source>The mail server refused your address as sender. Use the address of this mail account: {reason}</source>
            <translation>Le serveur de courrier a refusé votre adresse comme expéditeur. Utilisez l’adresse de ce compte : {reason}</translation>
        </message>
        <message>
            <source>The server reported a problem: {reason}</source>
            <translation>Le serveur a signalé un problème : {reason}</translation>
        </message>
        <message>
            <source>No organisation's address (endpoint) is set up for sending.</source>
            <translation>Aucune adresse (endpoint) d’organisation n’est configurée pour l’envoi.</translation>
        </message>
        <message>
            <source>The organisation's system refused the request (HTTP {status}): {reason}</source>
            <translation>Le système de l’organisation a refusé la demande (HTTP {status}) : {reason}</translation>
        </message>
        <message>
            <source>The organisation's system did not accept the access token (HTTP {status}). Check the token in the settings.</source>
            <translation>Le système de l’organisation n’a pas accepté le jeton d’accès (HTTP {status}). Vérifiez le jeton dans les réglages.</translation>
        </message>
        <message>
            <source>The organisation's system reported a problem (HTTP {status}), also after {attempts} tries. Try again later.</source>
            <translation>Le système de l’organisation a signalé un problème (HTTP {status}), même après {attempts} essais. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <extracomment>``reminders_sent`` at this value: the escalation letter was made, nothing more falls due</extracomment>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Sent, waiting for an answer</source>
            <translation>Envoyée, en attente de réponse</translation>
        </message>
        <message>
            <source>Receipt confirmed</source>
            <translation>Réception confirmée</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
    </context>
    <context>
        <name>Triage</name>
        <message>
            <source>Do not keep or send a copy</source>
            <translation>Ne gardez ni n’envoyez de copie</translation>
        </message>
        <message>
            <source>Do not download, screenshot, save or forward the image, not even as evidence. The web address is enough. PhotoSafe keeps only the web addresses for this case.</source>
            <translation>Ne téléchargez pas l’image, n’en faites pas de capture d’écran, ne la conservez pas et ne la transférez pas, même comme preuve. L’adresse web suffit. Pour ce dossier, PhotoSafe conserve uniquement les adresses web.</translation>
        </message>
        <message>
            <source>Report the web address to Child Focus</source>
            <translation>Signalez l’adresse web à Child Focus</translation>
        </message>
        <message>
            <source>Report only the web address (URL) at stopchildporno.be. You may report anonymously. Child Focus can also be called on 116 000.</source>
            <translation>Signalez uniquement l’adresse web (URL) sur stopchildporno.be. Vous pouvez le faire anonymement. Vous pouvez aussi appeler Child Focus au 116 000.</translation>
        </message>
        <message>
            <source>Websites abroad: the INHOPE hotlines</source>
            <translation>Sites à l’étranger : les points de contact INHOPE</translation>
        </message>
        <message>
            <source>For a website in another country, the report reaches the hotline of that country through the INHOPE network of hotlines.</source>
            <translation>Pour un site dans un autre pays, le signalement parvient au point de contact de ce pays par le réseau INHOPE.</translation>
        </message>
        <message>
            <source>Tell the police</source>
            <translation>Prévenez la police</translation>
        </message>
        <message>
            <source>You can also report the web address to the police. Give the address only; do not bring or send copies of the image.</source>
            <translation>Vous pouvez aussi signaler l’adresse web à la police. Donnez uniquement l’adresse ; n’apportez ni n’envoyez de copies de l’image.</translation>
        </message>
        <message>
            <source>Keep only the web addresses</source>
            <translation>Conservez uniquement les adresses web</translation>
        </message>
        <message>
            <source>The image shows someone under 18: do not screenshot, save or forward it. Write down the web address, the date and time and the account name instead.</source>
            <translation>L’image montre une personne de moins de 18 ans : n’en faites pas de capture d’écran, ne la conservez pas et ne la transférez pas. Notez plutôt l’adresse web, la date et l’heure, et le nom du compte.</translation>
        </message>
        <message>
            <source>If you see sexual images of a child, stop here</source>
            <translation>Si vous voyez des images sexuelles d’un enfant, arrêtez-vous ici</translation>
        </message>
        <message>
            <source>If the page shows sexual images of a child, do not screenshot it: go back and choose "A sexual image of a child".</source>
            <translation>Si la page montre des images sexuelles d’un enfant, n’en faites pas de capture d’écran : revenez en arrière et choisissez « Une image sexuelle d’un enfant ».</translation>
        </message>
        <message>
            <source>Keep evidence before it disappears</source>
            <translation>Gardez des preuves avant qu’elles ne disparaissent</translation>
        </message>
        <message>
            <source>Note the web address, the date and time of the post and of your capture, the account name and the context. Keep screenshots unedited, on your computer only.</source>
            <translation>Notez l’adresse web, la date et l’heure de la publication et de votre capture, le nom du compte et le contexte. Gardez les captures d’écran sans les modifier, uniquement sur votre ordinateur.</translation>
        </message>
        <message>
            <source>Block copies with StopNCII.org</source>
            <translation>Bloquez les copies avec StopNCII.org</translation>
        </message>
        <message>
            <source>StopNCII.org makes a fingerprint (hash) of the image on your own device; the image itself is not uploaded. Partner platforms use it to block copies. Keep the case number and PIN.</source>
            <translation>StopNCII.org crée une empreinte (hash) de l’image sur votre propre appareil ; l’image elle-même n’est pas envoyée. Les plateformes partenaires l’utilisent pour bloquer les copies. Conservez le numéro de dossier et le code PIN.</translation>
        </message>
        <message>
            <source>Block copies with Take It Down</source>
            <translation>Bloquez les copies avec Take It Down</translation>
        </message>
        <message>
            <source>Take It Down (NCMEC) is for intimate images of someone under 18. The fingerprint (hash) is made on the device; the image is not uploaded.</source>
            <translation>Take It Down (NCMEC) est destiné aux images intimes d’une personne de moins de 18 ans. L’empreinte (hash) est créée sur l’appareil ; l’image n’est pas envoyée.</translation>
        </message>
        <message>
            <source>Ask each platform to remove it</source>
            <translation>Demandez à chaque plateforme de le retirer</translation>
        </message>
        <message>
            <source>PhotoSafe drafts one request for each site where the image is, with the legal grounds the site has to consider. You check each one before sending it.</source>
            <translation>PhotoSafe rédige une demande pour chaque site où se trouve l’image, avec les motifs juridiques que le site doit examiner. Vous vérifiez chaque demande avant de l’envoyer.</translation>
        </message>
        <message>
            <source>Write to the hosting provider of other websites</source>
            <translation>Écrivez à l’hébergeur des autres sites</translation>
        </message>
        <message>
            <source>For a website that is not a known platform, the request goes to the abuse contact of the company that hosts it or registered its name.</source>
            <translation>Pour un site qui n’est pas une plateforme connue, la demande est envoyée au contact « abus » de l’entreprise qui l’héberge ou qui a enregistré son nom.</translation>
        </message>
        <message>
            <source>Ask search engines to drop it from their results</source>
            <translation>Demandez aux moteurs de recherche de le retirer de leurs résultats</translation>
        </message>
        <message>
            <source>A search engine removes the image from its results only, not from the website itself, so ask the website too.</source>
            <translation>Un moteur de recherche retire l’image de ses résultats seulement, pas du site lui-même : adressez-vous donc aussi au site.</translation>
        </message>
        <message>
            <source>Get help from the Institute for the Equality of Women and Men</source>
            <translation>Demandez l’aide de l’Institut pour l’égalité des femmes et des hommes</translation>
        </message>
        <message>
            <source>The Institute (IEFH/IGVM) may act for victims of sexual images shared without consent, and is a trusted flagger with several platforms.</source>
            <translation>L’Institut (IEFH) peut agir pour les victimes d’images sexuelles diffusées sans consentement et est signaleur de confiance (trusted flagger) auprès de plusieurs plateformes.</translation>
        </message>
        <message>
            <source>Urgent removal through the court</source>
            <translation>Retrait urgent par le tribunal</translation>
        </message>
        <message>
            <source>Belgian law has an urgent procedure before the president of the court of first instance: the order requires removal within 6 hours of being served. A lawyer can help you with it.</source>
            <translation>Le droit belge prévoit une procédure urgente devant le président du tribunal de première instance : l’ordonnance impose le retrait dans les 6 heures de sa signification. Un avocat peut vous aider.</translation>
        </message>
        <message>
            <source>File a complaint with the police</source>
            <translation>Déposez plainte à la police</translation>
        </message>
        <message>
            <source>You can file a complaint at the police. Bring the dossier PhotoSafe makes of this case.</source>
            <translation>Vous pouvez déposer plainte à la police. Apportez le dossier que PhotoSafe établit pour cette affaire.</translation>
        </message>
        <message>
            <source>Report the web address to Child Focus too</source>
            <translation>Signalez aussi l’adresse web à Child Focus</translation>
        </message>
        <message>
            <source>A photo of a child used in a sexual or predatory context can be reported to Child Focus at stopchildporno.be. Report the web address only.</source>
            <translation>Une photo d’un enfant utilisée dans un contexte sexuel ou prédateur peut être signalée à Child Focus sur stopchildporno.be. Signalez uniquement l’adresse web.</translation>
        </message>
        <message>
            <source>Use a separate e-mail address</source>
            <translation>Utilisez une adresse e-mail distincte</translation>
        </message>
        <message>
            <source>Use a separate e-mail address for these requests. Never send your home address or a copy of your identity card.</source>
            <translation>Utilisez une adresse e-mail distincte pour ces demandes. N’envoyez jamais votre adresse personnelle ni une copie de votre carte d’identité.</translation>
        </message>
    </context>
</TS>
