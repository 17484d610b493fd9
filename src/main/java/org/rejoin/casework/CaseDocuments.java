package org.rejoin.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.internal.CaseAccess;
import org.rejoin.casework.internal.ChronologyStore;
import org.rejoin.casework.internal.DocumentStore;
import org.rejoin.casework.internal.DocumentTypes;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents attached to a case: type and size checked on upload, every download audited. */
@Service
public class CaseDocuments {

    public static final long MAX_BYTES = DocumentTypes.MAX_BYTES;
    public static final String[] ACCEPTED_SUFFIXES = DocumentTypes.SUFFIXES;

    private final DocumentStore store;
    private final DocumentTypes types;
    private final ChronologyStore chronology;
    private final CaseAccess access;
    private final AuditTrail audit;

    CaseDocuments(DocumentStore store, DocumentTypes types, ChronologyStore chronology, CaseAccess access,
                  AuditTrail audit) {
        this.store = store;
        this.types = types;
        this.chronology = chronology;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public CaseDocument attach(UserAccount user, UUID caseId, String fileName, byte[] content, String description) {
        access.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new DocumentRejectedException("The file needs a name of at most 255 characters");
        }
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(name + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentRejectedException(name + " is larger than 10 MB");
        }
        DocumentTypes.Verdict verdict = types.check(content, name);
        if (verdict.refusal() != null) {
            throw new DocumentRejectedException(verdict.refusal());
        }
        String mediaType = verdict.mediaType();
        String about = description == null || description.isBlank() ? null : description.strip();
        if (about != null && about.length() > 500) {
            throw new DocumentRejectedException("Keep the description under 500 characters");
        }
        UUID id = UUID.randomUUID();
        store.insert(id, caseId, name, mediaType, content, about, user.username());
        chronology.record(new NewEntry(caseId, EntryKind.DOCUMENT, null, user.username(), "Document attached: " + name,
                about, Map.of("documentId", id.toString()), "document:" + id));
        audit.record(user.username(), "DOCUMENT_ATTACHED", "case", caseId, name);
        return store.ofCase(caseId).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    public List<CaseDocument> documents(UserAccount user, UUID caseId) {
        access.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return store.ofCase(caseId);
    }

    /** The document's bytes for someone who may see the case; every download is in the audit trail. */
    public Optional<byte[]> download(UserAccount user, UUID caseId, UUID documentId) {
        if (access.find(user, caseId).isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> content = store.content(caseId, documentId);
        content.ifPresent(c -> audit.record(user.username(), "DOCUMENT_DOWNLOADED", "case_document", documentId,
                "case " + caseId));
        return content;
    }
}
