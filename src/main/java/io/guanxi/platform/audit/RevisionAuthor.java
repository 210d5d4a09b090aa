package io.guanxi.platform.audit;

import io.guanxi.platform.user.SignedInUser;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user; changes made by the system have none. */
class RevisionAuthor implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			((Revision) revision).madeBy(user.id(), user.getUsername());
		}
	}

}
