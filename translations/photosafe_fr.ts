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
        <name>CrashDialog</name>
        <message>
            <source>PhotoSafe ran into a problem it did not expect. Your photos and cases are safe. If it happens again, please send us the log file (it contains no names, addresses or photos):
{path}</source>
            <translation>PhotoSafe a rencontré un problème inattendu. Vos photos et vos dossiers sont en sécurité. Si cela se reproduit, envoyez-nous le fichier journal (il ne contient ni noms, ni adresses, ni photos) :
{path}</translation>
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
        <name>Effects</name>
        <message>
            <source>Solid block (safest)</source>
            <translation>Bloc uni (le plus sûr)</translation>
        </message>
        <message>
            <source>Large pixels</source>
            <translation>Gros pixels</translation>
        </message>
        <message>
            <source>Strong blur</source>
            <translation>Flou prononcé</translation>
        </message>
        <message>
            <source>Sticker</source>
            <translation>Autocollant</translation>
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
        <message>
            <source>An unexpected problem stopped this photo. Please report it.</source>
            <extracomment>file name endings collected from folders (single files are always read by content)</extracomment>
            <translation>Un problème inattendu a bloqué cette photo. Veuillez le signaler.</translation>
        </message>
        <message>
            <source>There was not enough memory for this photo.</source>
            <translation>La mémoire était insuffisante pour cette photo.</translation>
        </message>
        <message>
            <source>The folder to save in does not exist.</source>
            <translation>Le dossier d'enregistrement n'existe pas.</translation>
        </message>
        <message>
            <source>A file with this name already exists; it was left alone.</source>
            <translation>Un fichier portant ce nom existe déjà ; il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to save in this folder.</source>
            <translation>PhotoSafe n'a pas le droit d'enregistrer dans ce dossier.</translation>
        </message>
        <message>
            <source>The disk is full; the photo was not saved.</source>
            <translation>Le disque est plein ; la photo n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>The photo could not be saved ({reason}).</source>
            <translation>La photo n'a pas pu être enregistrée ({reason}).</translation>
        </message>
        <message>
            <source>The check after saving found hidden data in the new file, so it was not kept. Please report this problem.</source>
            <extracomment>JPEG segments that hold only what a decoder needs PNG chunks that hold only what a decoder needs (no text, time, exif, colour profile) WebP chunks that hold only what a decoder needs (no EXIF, XMP, ICCP, animation) keys Pillow may report that are not metadata</extracomment>
            <translation>La vérification après l'enregistrement a trouvé des données cachées dans le nouveau fichier ; il n'a donc pas été conservé. Veuillez signaler ce problème.</translation>
        </message>
        <message>
            <source>Something went wrong while reading this photo.</source>
            <translation>Un problème est survenu pendant la lecture de cette photo.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export safe copies</source>
            <translation>Exporter des copies sûres</translation>
        </message>
        <message numerus="yes">
            <source>PhotoSafe writes new, clean copies of your %n photo(s). The originals are not changed.</source>
            <translation>
                <numerusform>PhotoSafe crée une nouvelle copie propre de votre photo. L'original n'est pas modifié.</numerusform>
                <numerusform>PhotoSafe crée de nouvelles copies propres de vos %n photos. Les originaux ne sont pas modifiés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the safe copies</source>
            <translation>Dossier pour les copies sûres</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Enregistrer dans :</translation>
        </message>
        <message>
            <source>Same as the original (HEIC becomes JPEG)</source>
            <translation>Comme l'original (HEIC devient JPEG)</translation>
        </message>
        <message>
            <source>JPEG (smallest, for photos)</source>
            <translation>JPEG (le plus léger, pour les photos)</translation>
        </message>
        <message>
            <source>PNG (lossless, larger files)</source>
            <translation>PNG (sans perte, fichiers plus lourds)</translation>
        </message>
        <message>
            <source>WebP</source>
            <translation>WebP</translation>
        </message>
        <message>
            <source>File type:</source>
            <translation>Type de fichier :</translation>
        </message>
        <message>
            <source>Quality:</source>
            <translation>Qualité :</translation>
        </message>
        <message>
            <source>Original size</source>
            <translation>Taille d'origine</translation>
        </message>
        <message>
            <source>At most {pixels} pixels wide or high</source>
            <translation>Au maximum {pixels} pixels de large ou de haut</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Taille :</translation>
        </message>
        <message>
            <source>As set in each photo</source>
            <translation>Comme réglé dans chaque photo</translation>
        </message>
        <message>
            <source>Hide faces with:</source>
            <translation>Masquer les visages avec :</translation>
        </message>
        <message>
            <source>Give the copies neutral names (album-001.jpg, …)</source>
            <translation>Donner des noms neutres aux copies (album-001.jpg, …)</translation>
        </message>
        <message>
            <source>File names often contain children's names.</source>
            <translation>Les noms de fichiers contiennent souvent le prénom des enfants.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) will be hidden as you set them in each photo.</source>
            <translation>
                <numerusform>%n visage sera masqué comme vous l'avez réglé dans la photo.</numerusform>
                <numerusform>%n visages seront masqués comme vous les avez réglés dans chaque photo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Where should the safe copies go?</source>
            <translation>Où placer les copies sûres ?</translation>
        </message>
        <message>
            <source>Making safe copies…</source>
            <translation>Création des copies sûres…</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Please choose a folder for the safe copies.</source>
            <translation>Veuillez choisir un dossier pour les copies sûres.</translation>
        </message>
        <message>
            <source>This folder cannot be created or written to. Please choose another one.</source>
            <translation>Ce dossier ne peut pas être créé ou modifié. Veuillez en choisir un autre.</translation>
        </message>
        <message>
            <source>{done} of {total} photos</source>
            <translation>{done} photos sur {total}</translation>
        </message>
        <message>
            <source>less than a minute left</source>
            <translation>moins d'une minute restante</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>environ %n minute restante</numerusform>
                <numerusform>environ %n minutes restantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping… photos already written are being removed.</source>
            <translation>Arrêt… les photos déjà écrites sont supprimées.</translation>
        </message>
        <message>
            <source>The export stopped because of an unexpected problem. Your originals are untouched.</source>
            <translation>L'exportation s'est arrêtée à cause d'un problème inattendu. Vos originaux sont intacts.</translation>
        </message>
        <message>
            <source>PhotoSafe — export report</source>
            <translation>PhotoSafe — rapport d'exportation</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date : {date}</translation>
        </message>
        <message>
            <source>Photos exported: {count}</source>
            <translation>Photos exportées : {count}</translation>
        </message>
        <message>
            <source>Faces hidden: {count}</source>
            <translation>Visages masqués : {count}</translation>
        </message>
        <message>
            <source>Photos from which hidden information was removed: {count}</source>
            <translation>Photos dont des informations cachées ont été supprimées : {count}</translation>
        </message>
        <message>
            <source>Every copy was checked after writing: it contains only the image.</source>
            <translation>Chaque copie a été vérifiée après l'écriture : elle ne contient que l'image.</translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) hidden</source>
            <translation>
                <numerusform>%n visage masqué</numerusform>
                <numerusform>%n visages masqués</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Non exportées :</translation>
        </message>
        <message>
            <source>photo {number}</source>
            <translation>photo {number}</translation>
        </message>
        <message>
            <source>The export was cancelled</source>
            <translation>L'exportation a été annulée</translation>
        </message>
        <message>
            <source>The export was cancelled. No copies were left behind.</source>
            <translation>L'exportation a été annulée. Aucune copie n'a été laissée.</translation>
        </message>
        <message>
            <source>✓ Your safe copies are ready</source>
            <translation>✓ Vos copies sûres sont prêtes</translation>
        </message>
        <message numerus="yes">
            <source>%n safe copy(ies) saved.</source>
            <translation>
                <numerusform>%n copie sûre enregistrée.</numerusform>
                <numerusform>%n copies sûres enregistrées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n face(s) hidden.</source>
            <translation>
                <numerusform>%n visage masqué.</numerusform>
                <numerusform>%n visages masqués.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hidden information removed from %n photo(s) (location, camera, names, …).</source>
            <translation>
                <numerusform>Informations cachées supprimées de %n photo (lieu, appareil, noms, …).</numerusform>
                <numerusform>Informations cachées supprimées de %n photos (lieu, appareil, noms, …).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) could not be exported:</source>
            <translation>
                <numerusform>%n photo n'a pas pu être exportée :</numerusform>
                <numerusform>%n photos n'ont pas pu être exportées :</numerusform>
            </translation>
        </message>
        <message>
            <source>A short report was saved next to the copies.</source>
            <translation>Un court rapport a été enregistré à côté des copies.</translation>
        </message>
    </context>
    <context>
        <name>Faces</name>
        <message>
            <source>A face-detection model is missing from this installation. Please reinstall PhotoSafe.</source>
            <translation>Un modèle de détection des visages manque dans cette installation. Veuillez réinstaller PhotoSafe.</translation>
        </message>
        <message>
            <source>A face-detection model has been altered or damaged, so PhotoSafe will not use it. Please reinstall PhotoSafe.</source>
            <translation>Un modèle de détection des visages a été modifié ou endommagé ; PhotoSafe ne l'utilisera donc pas. Veuillez réinstaller PhotoSafe.</translation>
        </message>
        <message>
            <source>Face detection cannot run on this computer (no usable runtime).</source>
            <translation>La détection des visages ne peut pas fonctionner sur cet ordinateur (aucun moteur d'exécution utilisable).</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>This photo shows where it was taken: {position}</source>
            <extracomment>key -&gt; (risk, severity, English label); every label is marked for translation</extracomment>
            <translation>Cette photo indique où elle a été prise : {position}</translation>
        </message>
        <message>
            <source>This photo contains other GPS data (height, direction or time).</source>
            <translation>Cette photo contient d'autres données GPS (altitude, direction ou heure).</translation>
        </message>
        <message>
            <source>This photo names a place: {place}</source>
            <translation>Cette photo nomme un lieu : {place}</translation>
        </message>
        <message>
            <source>This photo records when it was taken: {date}</source>
            <translation>Cette photo indique quand elle a été prise : {date}</translation>
        </message>
        <message>
            <source>This photo records when it was edited or saved: {date}</source>
            <translation>Cette photo indique quand elle a été modifiée ou enregistrée : {date}</translation>
        </message>
        <message>
            <source>This photo names the device that took it: {device}</source>
            <translation>Cette photo nomme l'appareil qui l'a prise : {device}</translation>
        </message>
        <message>
            <source>This photo contains a serial number of the camera or lens: {serial}</source>
            <translation>Cette photo contient un numéro de série de l'appareil ou de l'objectif : {serial}</translation>
        </message>
        <message>
            <source>This photo contains a unique number that can link it to other copies: {id}</source>
            <translation>Cette photo contient un numéro unique qui permet de la relier à d'autres copies : {id}</translation>
        </message>
        <message>
            <source>This photo contains the camera maker's hidden notes, which can include serial numbers.</source>
            <translation>Cette photo contient des notes cachées du fabricant, qui peuvent inclure des numéros de série.</translation>
        </message>
        <message>
            <source>This photo names people: {names}</source>
            <translation>Cette photo nomme des personnes : {names}</translation>
        </message>
        <message>
            <source>This photo marks faces with names: {names}</source>
            <translation>Cette photo identifie des visages avec des noms : {names}</translation>
        </message>
        <message>
            <source>This photo marks where faces or people are in it.</source>
            <translation>Cette photo indique où se trouvent des visages ou des personnes.</translation>
        </message>
        <message>
            <source>This photo has a copyright or owner notice: {text}</source>
            <translation>Cette photo porte une mention de droits d'auteur ou de propriétaire : {text}</translation>
        </message>
        <message>
            <source>This photo has keywords or tags: {keywords}</source>
            <translation>Cette photo a des mots-clés ou des étiquettes : {keywords}</translation>
        </message>
        <message>
            <source>This photo has a title or description: {text}</source>
            <translation>Cette photo a un titre ou une description : {text}</translation>
        </message>
        <message>
            <source>This photo has a hidden comment: {text}</source>
            <translation>Cette photo contient un commentaire caché : {text}</translation>
        </message>
        <message>
            <source>This photo names the software that made or edited it: {software}</source>
            <translation>Cette photo nomme le logiciel qui l'a créée ou modifiée : {software}</translation>
        </message>
        <message>
            <source>This photo keeps a history of how it was edited.</source>
            <translation>Cette photo conserve l'historique de ses modifications.</translation>
        </message>
        <message>
            <source>This photo contains a small preview image ({kind}) that may show the original, unedited photo.</source>
            <translation>Cette photo contient une petite image d'aperçu ({kind}) qui peut montrer la photo d'origine, non retouchée.</translation>
        </message>
        <message>
            <source>This file contains more images besides the photo ({count}): previews, depth or brightness maps.</source>
            <translation>Ce fichier contient d'autres images en plus de la photo ({count}) : aperçus, cartes de profondeur ou de luminosité.</translation>
        </message>
        <message>
            <source>This photo has a colour profile ({name}), which can carry dates and software names.</source>
            <translation>Cette photo a un profil de couleur ({name}), qui peut contenir des dates et des noms de logiciels.</translation>
        </message>
        <message>
            <source>This photo carries content credentials (C2PA), which can record who made or edited it and with which tools.</source>
            <translation>Cette photo porte des identifiants de contenu (C2PA), qui peuvent indiquer qui l'a créée ou modifiée et avec quels outils.</translation>
        </message>
        <message>
            <source>This file has {size} bytes of extra data hidden after the end of the image.</source>
            <translation>Ce fichier contient {size} octets de données supplémentaires cachées après la fin de l'image.</translation>
        </message>
        <message>
            <source>This photo contains camera data (EXIF): {count} fields.</source>
            <translation>Cette photo contient des données d'appareil photo (EXIF) : {count} champs.</translation>
        </message>
        <message>
            <source>This photo contains a description block (XMP).</source>
            <translation>Cette photo contient un bloc de description (XMP).</translation>
        </message>
        <message>
            <source>This photo contains press data (IPTC): {count} fields.</source>
            <translation>Cette photo contient des données de presse (IPTC) : {count} champs.</translation>
        </message>
        <message>
            <source>This file contains other embedded data: {names}</source>
            <translation>Ce fichier contient d'autres données intégrées : {names}</translation>
        </message>
        <message>
            <source>Part of this file could not be read; it may be damaged or incomplete.</source>
            <translation>Une partie de ce fichier n'a pas pu être lue ; il est peut-être endommagé ou incomplet.</translation>
        </message>
        <message>
            <source>The file name may contain a name or place: {name}</source>
            <translation>Le nom du fichier contient peut-être un nom ou un lieu : {name}</translation>
        </message>
        <message>
            <source>The file name contains a date: {date}</source>
            <translation>Le nom du fichier contient une date : {date}</translation>
        </message>
        <message>
            <source>This is an animation of {count} frames; only the first frame is kept when it is made safe.</source>
            <translation>C'est une animation de {count} images ; seule la première est conservée lors de la sécurisation.</translation>
        </message>
        <message>
            <source>This photo is stored turned or flipped; PhotoSafe turns the pixels so it stays upright.</source>
            <translation>Cette photo est enregistrée tournée ou retournée ; PhotoSafe fait pivoter les pixels pour qu'elle reste droite.</translation>
        </message>
        <message>
            <source>The extra images stored with this photo (previews, depth or brightness maps) were left out.</source>
            <extracomment>A hook run on the upright, sRGB, full-resolution image before it is encoded. It returns the image to write and a small, JSON-friendly report (e.g. how many faces were hidden). It must be picklable (a module-level function or a functools.partial) for batches. file time given to outputs when ``reset_file_times`` is on: 1 January 2000, 12:00 UTC input formats (Pillow names) that we can write again in the same format</extracomment>
            <translation>Les images supplémentaires enregistrées avec cette photo (aperçus, cartes de profondeur ou de luminosité) ont été retirées.</translation>
        </message>
        <message>
            <source>This was an animation of {count} frames; only the first frame was kept.</source>
            <translation>C'était une animation de {count} images ; seule la première a été conservée.</translation>
        </message>
        <message>
            <source>The colours were converted to standard sRGB so they look the same without the colour profile.</source>
            <translation>Les couleurs ont été converties en sRGB standard pour rester identiques sans le profil de couleur.</translation>
        </message>
        <message>
            <source>The photo was turned upright, as a photo viewer shows it.</source>
            <translation>La photo a été redressée, comme l'affiche une visionneuse de photos.</translation>
        </message>
        <message>
            <source>JPEG cannot store transparency; transparent parts were made white.</source>
            <translation>Le JPEG ne gère pas la transparence ; les parties transparentes ont été rendues blanches.</translation>
        </message>
        <message>
            <source>This {input} file was saved as {output}, which every device can open.</source>
            <translation>Ce fichier {input} a été enregistré en {output}, que tous les appareils peuvent ouvrir.</translation>
        </message>
        <message>
            <source>The photo was made smaller: {width} × {height} pixels.</source>
            <translation>La photo a été réduite : {width} × {height} pixels.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>What this photo reveals</source>
            <translation>Ce que cette photo révèle</translation>
        </message>
        <message>
            <source>This photo cannot be read: {reason}</source>
            <translation>Cette photo ne peut pas être lue : {reason}</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Lecture de la photo…</translation>
        </message>
        <message>
            <source>No hidden information was found in this photo.</source>
            <translation>Aucune information cachée n'a été trouvée dans cette photo.</translation>
        </message>
        <message>
            <source>The safe copies you export contain none of this: PhotoSafe rebuilds each photo from its pixels only.</source>
            <translation>Les copies sûres que vous exportez ne contiennent rien de tout cela : PhotoSafe reconstruit chaque photo à partir de ses seuls pixels.</translation>
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
        <name>PhotoGrid</name>
        <message>
            <source>Cannot be read: {reason}</source>
            <translation>Illisible : {reason}</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <source>Looking for faces…</source>
            <translation>Recherche des visages…</translation>
        </message>
        <message>
            <source>Faces that will be hidden: {count}</source>
            <translation>Visages qui seront masqués : {count}</translation>
        </message>
        <message>
            <source>Possible faces to check: {count}</source>
            <translation>Visages possibles à vérifier : {count}</translation>
        </message>
        <message>
            <source>No face found: please check this photo</source>
            <translation>Aucun visage trouvé : veuillez vérifier cette photo</translation>
        </message>
        <message>
            <source>Contains hidden personal information (removed on export)</source>
            <translation>Contient des informations personnelles cachées (supprimées à l'exportation)</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérifiée</translation>
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
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to PhotoSafe</source>
            <translation>Bienvenue dans PhotoSafe</translation>
        </message>
        <message>
            <source>&lt;b&gt;Make photos safe to share:&lt;/b&gt; PhotoSafe finds the faces in your photos and hides them, and removes hidden information such as the place where a photo was taken. Your originals are never changed.</source>
            <translation>&lt;b&gt;Rendre des photos sûres à partager :&lt;/b&gt; PhotoSafe trouve les visages sur vos photos et les masque, et supprime les informations cachées comme l'endroit où une photo a été prise. Vos originaux ne sont jamais modifiés.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Get an image removed from the internet:&lt;/b&gt; answer a few questions; PhotoSafe finds out whom to ask, writes the requests and helps you follow them up.</source>
            <translation>&lt;b&gt;Faire retirer une image d'internet :&lt;/b&gt; répondez à quelques questions ; PhotoSafe trouve à qui s'adresser, rédige les demandes et vous aide à les suivre.</translation>
        </message>
        <message>
            <source>Your photos never leave this computer. PhotoSafe only uses the internet when you ask it to send a request or to look up who hosts a website.</source>
            <translation>Vos photos ne quittent jamais cet ordinateur. PhotoSafe n'utilise internet que lorsque vous lui demandez d'envoyer une demande ou de chercher qui héberge un site.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Commencer</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceArea</name>
        <message>
            <source>Make photos safe to share</source>
            <translation>Rendre des photos sûres à partager</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Ajouter des photos…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Choose photos…</source>
            <translation>Choisir des photos…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Annuler la dernière modification (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rétablir (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Export safe copies…</source>
            <translation>Exporter des copies sûres…</translation>
        </message>
        <message>
            <source>Drop photos or a folder here, or choose them below.
PhotoSafe finds the faces and the hidden information. Your original photos are never changed.</source>
            <translation>Déposez ici des photos ou un dossier, ou choisissez-les ci-dessous.
PhotoSafe trouve les visages et les informations cachées. Vos photos d'origine ne sont jamais modifiées.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Précédente</translation>
        </message>
        <message>
            <source>Previous photo (Page Up)</source>
            <translation>Photo précédente (Page préc.)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Suivante ▶</translation>
        </message>
        <message>
            <source>Next photo (Page Down)</source>
            <translation>Photo suivante (Page suiv.)</translation>
        </message>
        <message>
            <source>Show the result</source>
            <translation>Voir le résultat</translation>
        </message>
        <message>
            <source>Show the photo as it will be exported</source>
            <translation>Montrer la photo telle qu'elle sera exportée</translation>
        </message>
        <message>
            <source>How to hide faces:</source>
            <translation>Comment masquer les visages :</translation>
        </message>
        <message>
            <source>For the selected face</source>
            <translation>Pour le visage choisi</translation>
        </message>
        <message>
            <source>For every face in this photo</source>
            <translation>Pour chaque visage de la photo</translation>
        </message>
        <message>
            <source>Also hide the possible faces</source>
            <translation>Masquer aussi les visages possibles</translation>
        </message>
        <message>
            <source>PhotoSafe was not sure these are faces. Hiding them all is the safe choice.</source>
            <translation>PhotoSafe n'était pas sûr qu'il s'agisse de visages. Tous les masquer est le choix prudent.</translation>
        </message>
        <message>
            <source>Click a face to hide it or show it. Drag on the photo to hide a face that was missed. Drag a box to move it, or its corners to resize it; Delete removes it.</source>
            <translation>Cliquez sur un visage pour le masquer ou l'afficher. Faites glisser sur la photo pour masquer un visage oublié. Faites glisser un cadre pour le déplacer, ou ses coins pour le redimensionner ; Suppr le retire.</translation>
        </message>
        <message>
            <source>Photos in the album</source>
            <translation>Photos de l'album</translation>
        </message>
        <message>
            <source>The selected photo, with the faces that will be hidden</source>
            <translation>La photo sélectionnée, avec les visages qui seront masqués</translation>
        </message>
        <message>
            <source>How to hide faces</source>
            <translation>Comment masquer les visages</translation>
        </message>
        <message>
            <source>Choose photos</source>
            <translation>Choisir des photos</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.gif *.bmp *.avif);;All files (*)</source>
            <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.gif *.bmp *.avif);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a folder with photos</source>
            <translation>Choisissez un dossier de photos</translation>
        </message>
        <message>
            <source>Some files or folders could not be read and were skipped: {count}</source>
            <translation>Certains fichiers ou dossiers n'ont pas pu être lus et ont été ignorés : {count}</translation>
        </message>
        <message>
            <source>Hide face</source>
            <translation>Masquer le visage</translation>
        </message>
        <message>
            <source>Show face</source>
            <translation>Afficher le visage</translation>
        </message>
        <message>
            <source>Move or resize face</source>
            <translation>Déplacer ou redimensionner le visage</translation>
        </message>
        <message>
            <source>Add face</source>
            <translation>Ajouter un visage</translation>
        </message>
        <message>
            <source>Remove face</source>
            <translation>Retirer le visage</translation>
        </message>
        <message>
            <source>Change how faces are hidden</source>
            <translation>Changer la façon de masquer les visages</translation>
        </message>
        <message>
            <source>Hide all possible faces</source>
            <translation>Masquer tous les visages possibles</translation>
        </message>
        <message>
            <source>Mark photo as checked</source>
            <translation>Marquer la photo comme vérifiée</translation>
        </message>
        <message>
            <source>Mark photo as not checked</source>
            <translation>Marquer la photo comme non vérifiée</translation>
        </message>
        <message>
            <source>Checked ✓ (undo with Ctrl+Z)</source>
            <translation>Vérifiée ✓ (annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>I checked: no face to hide</source>
            <translation>Vérifié : aucun visage à masquer</translation>
        </message>
        <message>
            <source>I checked this photo</source>
            <translation>J'ai vérifié cette photo</translation>
        </message>
        <message>
            <source>Mark this photo as checked (Ctrl+R)</source>
            <translation>Marquer cette photo comme vérifiée (Ctrl+R)</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>looking for faces in %n photo(s)…</source>
            <translation>
                <numerusform>recherche des visages dans %n photo…</numerusform>
                <numerusform>recherche des visages dans %n photos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) cannot be read</source>
            <translation>
                <numerusform>%n photo illisible</numerusform>
                <numerusform>%n photos illisibles</numerusform>
            </translation>
        </message>
        <message>
            <source>Add photos to start.</source>
            <translation>Ajoutez des photos pour commencer.</translation>
        </message>
        <message>
            <source>Please wait: PhotoSafe is still looking for faces.</source>
            <translation>Un instant : PhotoSafe cherche encore des visages.</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) need your check (orange): possible faces, or no face found. Look at each one, then press “I checked this photo”.</source>
            <translation>
                <numerusform>%n photo doit être vérifiée (orange) : visages possibles, ou aucun visage trouvé. Regardez-la, puis appuyez sur « J'ai vérifié cette photo ».</numerusform>
                <numerusform>%n photos doivent être vérifiées (orange) : visages possibles, ou aucun visage trouvé. Regardez-les une à une, puis appuyez sur « J'ai vérifié cette photo ».</numerusform>
            </translation>
        </message>
        <message>
            <source>None of these photos can be read.</source>
            <translation>Aucune de ces photos ne peut être lue.</translation>
        </message>
        <message>
            <source>All photos are checked. You can export safe copies.</source>
            <translation>Toutes les photos sont vérifiées. Vous pouvez exporter des copies sûres.</translation>
        </message>
    </context>
</TS>
